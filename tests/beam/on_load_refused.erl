%% A module with an -on_load function that returns what the persistent term
%% on_load_refuse holds (ok when it is not set): run on its own it loads and runs;
%% on_load_ok sets the term before calling it, and it is refused.
-module(on_load_refused).
-on_load(check/0).
-export([main/0, value/0]).

check() ->
    io:format("on_load_refused: check ran~n"),
    persistent_term:get(on_load_refuse, ok).

main() -> io:format("value: ~p~n", [value()]).

value() -> 42.
