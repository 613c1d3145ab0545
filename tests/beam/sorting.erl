%% Sorting: lists:sort/usort/keysort/ukeysort/merge, stability of keysort, sorting by
%% several keys, and hand-written quicksort, merge sort, insertion sort and heap sort on
%% a pseudo-random list, each checked against lists:sort.
-module(sorting).
-export([main/0]).

main() ->
    L = random_list(2000, 12345, []),
    io:format("~w~n", [lists:sublist(L, 10)]),
    Ref = lists:sort(L),
    io:format("~w ~w~n", [lists:sublist(Ref, 5), lists:last(Ref)]),
    io:format("quick ~w~n", [quick(L) =:= Ref]),
    io:format("merge ~w~n", [msort(L) =:= Ref]),
    io:format("insertion ~w~n", [isort(lists:sublist(L, 300)) =:= lists:sort(lists:sublist(L, 300))]),
    io:format("heap ~w~n", [hsort(L) =:= Ref]),
    io:format("usort ~w~n", [length(lists:usort(L))]),
    io:format("descending ~w~n", [lists:sublist(lists:sort(fun erlang:'>='/2, L), 5)]),
    People = [{"ann", 31, london}, {"bob", 25, paris}, {"cy", 31, berlin}, {"dee", 25, london},
              {"eve", 40, paris}, {"fay", 31, paris}],
    io:format("~p~n", [lists:keysort(2, People)]),
    io:format("~p~n", [lists:keysort(3, lists:keysort(2, People))]),
    io:format("~p~n", [lists:ukeysort(2, People)]),
    io:format("~p~n", [lists:sort(fun({N1, A1, _}, {N2, A2, _}) -> {A2, N1} =< {A1, N2} end, People)]),
    io:format("~w~n", [lists:merge([[1, 5, 9], [2, 3], [4, 8, 10]])]),
    io:format("~w~n", [lists:umerge([1, 3, 5], [1, 2, 3])]),
    io:format("~w~n", [lists:merge(fun(A, B) -> A >= B end, [9, 5, 1], [8, 2])]),
    io:format("~w~n", [lists:keymerge(1, [{1, a}, {3, c}], [{2, b}, {3, d}])]),
    io:format("~w~n", [lists:sort([])]),
    io:format("~w~n", [lists:sort([{1, b}, {1, a}, {0, z}])]),
    io:format("~w~n", [lists:rukeymerge(1, [{3, c}, {1, a}], [{2, b}])]),
    ok.

random_list(0, _, Acc) -> Acc;
random_list(N, Seed, Acc) ->
    Next = (Seed * 1103515245 + 12345) rem 2147483648,
    random_list(N - 1, Next, [Next rem 10000 | Acc]).

quick([]) -> [];
quick([P | T]) ->
    {Less, More} = lists:partition(fun(X) -> X < P end, T),
    quick(Less) ++ [P | quick(More)].

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = lists:split(length(L) div 2, L),
    merge(msort(A), msort(B)).

merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

isort(L) -> lists:foldl(fun insert/2, [], L).
insert(X, []) -> [X];
insert(X, [Y | _] = L) when X =< Y -> [X | L];
insert(X, [Y | T]) -> [Y | insert(X, T)].

%% A leftist heap.
hsort(L) -> drain(lists:foldl(fun(X, H) -> hmerge({1, X, nil, nil}, H) end, nil, L)).
rank(nil) -> 0;
rank({R, _, _, _}) -> R.
hmerge(nil, H) -> H;
hmerge(H, nil) -> H;
hmerge({_, X, L1, R1}, {_, Y, _, _} = H2) when X =< Y -> make(X, L1, hmerge(R1, H2));
hmerge(H1, H2) -> hmerge(H2, H1).
make(X, A, B) ->
    case rank(A) >= rank(B) of
        true -> {rank(B) + 1, X, A, B};
        false -> {rank(A) + 1, X, B, A}
    end.
drain(nil) -> [];
drain({_, X, L, R}) -> [X | drain(hmerge(L, R))].
