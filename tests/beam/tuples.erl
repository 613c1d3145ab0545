%% Tuples: construction, element/setelement, size, conversions, erlang's tuple BIFs
%% and pattern matching on nested tuples.
-module(tuples).
-export([main/0]).

main() ->
    T = {a, 1, "two", {3, 4}, [5]},
    io:format("~p ~w~n", [T, tuple_size(T)]),
    io:format("~p ~p~n", [element(1, T), element(4, T)]),
    io:format("~p~n", [setelement(2, T, one)]),
    io:format("~p~n", [erlang:append_element(T, last)]),
    io:format("~p~n", [erlang:insert_element(1, T, first)]),
    io:format("~p~n", [erlang:delete_element(3, T)]),
    io:format("~p~n", [erlang:make_tuple(4, x)]),
    io:format("~p~n", [erlang:make_tuple(5, 0, [{2, a}, {4, b}])]),
    io:format("~p ~p~n", [tuple_to_list(T), list_to_tuple([1, 2, 3])]),
    io:format("~p ~w ~w~n", [{}, tuple_size({}), {} < {a}]),
    {a, N, S, {X, Y}, [Z]} = T,
    io:format("~w ~s ~w ~w ~w~n", [N, S, X, Y, Z]),
    io:format("~w~n", [swap_all([{1, 2}, {3, 4}, {5, 6}])]),
    io:format("~w~n", [sum_tree({node, {leaf, 1}, {node, {leaf, 2}, {leaf, 3}}})]),
    io:format("~p~n", [catching(fun() -> element(9, T) end)]),
    io:format("~p~n", [catching(fun() -> setelement(0, T, x) end)]),
    Big = list_to_tuple(lists:seq(1, 1000)),
    io:format("~w ~w~n", [tuple_size(Big), element(777, Big)]),
    io:format("~w~n", [lists:sort([{b, 2}, {a, 3}, {a, 2, 1}, {c}, {a, 1}])]),
    io:format("~w~n", [[element(2, E) || E <- [{x, 1}, {y, 2}, {z, 3}]]]),
    io:format("~w~n", [is_tuple(T) andalso not is_tuple([T])]),
    ok.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.

swap_all(L) -> [{B, A} || {A, B} <- L].

sum_tree({leaf, V}) -> V;
sum_tree({node, L, R}) -> sum_tree(L) + sum_tree(R).
