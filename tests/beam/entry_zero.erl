%% --entry F calls F/0 instead of main/0 when no arguments are given (entry_zero.opts);
%% main/0 exists too and must not run.
-module(entry_zero).
-export([main/0, start/0, start/1]).

main() -> io:format("main/0 ran instead of start/0~n").

start() ->
    io:format("start/0 ~p~n", [lists:sum(lists:seq(1, 10))]).

start(Args) -> io:format("start/1 ran instead of start/0: ~p~n", [Args]).
