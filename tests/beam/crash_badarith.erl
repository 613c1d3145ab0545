%% An uncaught error in main: erl prints the exception and its stack the way the shell
%% does, on standard error, and the run exits with status 1. Output printed before the
%% crash stays on standard output.
-module(crash_badarith).
-export([main/0]).

main() ->
    io:format("computing averages~n"),
    io:format("~p~n", [average([1, 2, 3])]),
    io:format("~p~n", [average([])]),
    io:format("not reached~n").

average(L) -> lists:sum(L) div length(L).
