%% main/1: the command-line arguments arrive as a list of strings. Numeric arguments are
%% summed, the others are counted and echoed.
-module(main_args).
-export([main/1]).

main(Args) ->
    io:format("~p~n", [Args]),
    io:format("~w arguments~n", [length(Args)]),
    {Nums, Words} = lists:partition(fun is_number_arg/1, Args),
    io:format("numbers ~p sum ~w~n", [Nums, lists:sum([list_to_integer(N) || N <- Nums])]),
    io:format("words ~p~n", [Words]),
    io:format("longest ~p~n", [lists:foldl(fun(W, Best) when length(W) > length(Best) -> W; (_, Best) -> Best end, "", Args)]),
    [io:format("~w: ~s~n", [I, A]) || {I, A} <- lists:enumerate(Args)],
    ok.

is_number_arg([]) -> false;
is_number_arg([$- | Ds]) when Ds =/= [] -> lists:all(fun(C) -> C >= $0 andalso C =< $9 end, Ds);
is_number_arg(Ds) -> lists:all(fun(C) -> C >= $0 andalso C =< $9 end, Ds).
