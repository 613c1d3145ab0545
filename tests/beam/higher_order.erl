%% Higher-order functions of the lists module, used the way ordinary code uses them.
-module(higher_order).
-export([main/0]).

main() ->
    L = lists:seq(1, 10),
    Even = fun(X) -> X rem 2 =:= 0 end,
    io:format("~w~n", [lists:map(fun(X) -> X * X end, L)]),
    io:format("~w~n", [lists:filter(Even, L)]),
    io:format("~w~n", [lists:foldl(fun(X, Acc) -> X + Acc end, 0, L)]),
    io:format("~w~n", [lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~w~n", [lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~w~n", [lists:mapfoldl(fun(X, Acc) -> {X * 2, Acc + X} end, 0, L)]),
    io:format("~w~n", [lists:mapfoldr(fun(X, Acc) -> {Acc, Acc + X} end, 0, L)]),
    io:format("~w ~w~n", [lists:all(Even, L), lists:any(Even, L)]),
    io:format("~w ~w~n", [lists:all(Even, []), lists:any(Even, [])]),
    io:format("~w~n", [lists:takewhile(fun(X) -> X < 4 end, L)]),
    io:format("~w~n", [lists:dropwhile(fun(X) -> X < 4 end, L)]),
    io:format("~w~n", [lists:splitwith(fun(X) -> X < 4 end, L)]),
    io:format("~w~n", [lists:partition(Even, L)]),
    io:format("~w~n", [lists:flatmap(fun(X) -> [X, -X] end, [1, 2, 3])]),
    io:format("~w~n", [lists:filtermap(fun(X) when X > 5 -> {true, X * 10}; (X) -> X =:= 1 end, L)]),
    io:format("~w~n", [lists:zipwith(fun(A, B) -> A * B end, [1, 2, 3], [4, 5, 6])]),
    io:format("~w~n", [lists:zipwith3(fun(A, B, C) -> A + B + C end, [1, 2], [10, 20], [100, 200])]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A >= B end, [3, 1, 4, 1, 5, 9, 2, 6])]),
    io:format("~w~n", [lists:usort(fun(A, B) -> A rem 3 =< B rem 3 end, [3, 1, 4, 1, 5, 9, 2, 6])]),
    io:format("~w~n", [lists:keymap(fun(X) -> X * 2 end, 2, [{a, 1}, {b, 2}])]),
    io:format("~w~n", [lists:search(fun(X) -> X > 7 end, L)]),
    io:format("~w~n", [lists:search(fun(X) -> X > 70 end, L)]),
    lists:foreach(fun(X) -> io:format("<~w>", [X]) end, [a, b, c]),
    io:nl(),
    io:format("~w~n", [lists:foldl(fun(W, M) -> maps:update_with(length(W), fun(C) -> C + 1 end, 1, M) end,
                                   #{}, ["a", "bb", "cc", "ddd", "e"])]),
    io:format("~w~n", [(compose([fun(X) -> X + 1 end, fun(X) -> X * 2 end]))(5)]),
    io:format("~w~n", [pipeline(3, [{add, 4}, {mul, 5}, {sub, 1}])]),
    io:format("~w~n", [group_by(fun(X) -> X rem 3 end, L)]),
    io:format("~w~n", [lists:map(fun({K, V}) -> {V, K} end, [{a, 1}, {b, 2}])]),
    io:format("~w~n", [lists:foldl(fun max/2, 0, [3, 17, 4])]),
    Avg = fun(Xs) -> lists:sum(Xs) / length(Xs) end,
    io:format("~p~n", [Avg([1, 2, 3, 4])]),
    io:format("~w~n", [lists:map(fun erlang:length/1, [[], [a], [a, b]])]),
    io:format("~w~n", [lists:sum(lists:map(fun(X) -> X * X end, lists:filter(Even, lists:seq(1, 1000))))]),
    ok.

compose(Fs) -> fun(X) -> lists:foldl(fun(F, Acc) -> F(Acc) end, X, Fs) end.

pipeline(X, Ops) ->
    lists:foldl(fun({add, N}, Acc) -> Acc + N;
                   ({mul, N}, Acc) -> Acc * N;
                   ({sub, N}, Acc) -> Acc - N
                end, X, Ops).

group_by(F, L) ->
    lists:foldr(fun(X, Acc) -> K = F(X), maps:put(K, [X | maps:get(K, Acc, [])], Acc) end, #{}, L).
