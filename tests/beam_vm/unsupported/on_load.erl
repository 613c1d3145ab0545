%% A module with an -on_load function: erl runs init/0 before main/0 and prints
%% "on_load ran" then "main: set". Switchyard cannot run it inside the loader and refuses
%% the module with a load error naming the function, rather than running main without it.
-module(on_load).
-on_load(init/0).
-export([main/0]).

init() ->
    io:format("on_load ran~n"),
    persistent_term:put(on_load_flag, set),
    ok.

main() -> io:format("main: ~p~n", [persistent_term:get(on_load_flag, unset)]).
