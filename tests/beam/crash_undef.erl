%% A call to a function that does not exist in a module that does: undef, reported the
%% way erl reports it.
-module(crash_undef).
-export([main/0]).

main() ->
    io:format("~p~n", [lists:reverse([1, 2, 3])]),
    io:format("~p~n", [lists:reverse_all([1, 2, 3])]).
