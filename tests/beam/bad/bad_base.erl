%% The well-formed module that make_bad_beams.py damages in different ways. It has
%% literals (LitT), a fun (FunT), imports and local functions, so each chunk a damaged
%% copy touches is really used when the module runs.
-module(bad_base).
-export([main/0]).

main() ->
    Greeting = "hello from a well-formed module",
    io:format("~s~n", [Greeting]),
    io:format("~p~n", [lists:map(fun(X) -> X * 2 end, [1, 2, 3])]),
    io:format("~p~n", [{literal, [1.5, <<"bin">>], triple(7)}]).

triple(N) -> 3 * N.
