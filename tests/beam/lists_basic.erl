%% Lists: cons cells, ++ and --, and the first-order functions of the lists module.
-module(lists_basic).
-export([main/0]).

main() ->
    L = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
    io:format("~w ~w ~w ~w~n", [L, length(L), hd(L), tl(L)]),
    io:format("~w ~w~n", [[0 | L], [1, 2 | [3]]]),
    io:format("~w ~w~n", [L ++ [7, 8], L -- [1, 5, 5, 42]]),
    io:format("~w ~w ~w~n", [lists:reverse(L), lists:nth(3, L), lists:last(L)]),
    io:format("~w ~w~n", [lists:sublist(L, 4), lists:sublist(L, 3, 4)]),
    io:format("~w ~w ~w~n", [lists:seq(1, 10), lists:seq(10, 1, -3), lists:seq(5, 4)]),
    io:format("~w ~w~n", [lists:nthtail(8, L), lists:append([[1], [2, 3], [], [4]])]),
    io:format("~w~n", [lists:flatten([1, [2, [3, [4]], []], [[[5]]]])]),
    io:format("~w ~w~n", [lists:zip([a, b, c], [1, 2, 3]), lists:unzip([{a, 1}, {b, 2}])]),
    io:format("~w~n", [lists:zip3([a, b], [1, 2], [x, y])]),
    io:format("~w ~w~n", [lists:split(4, L), lists:duplicate(3, ab)]),
    io:format("~w ~w~n", [lists:member(9, L), lists:member(10, L)]),
    io:format("~w ~w ~w~n", [lists:sum(L), lists:max(L), lists:min(L)]),
    io:format("~w ~w~n", [lists:prefix([3, 1], L), lists:suffix([3, 5], L)]),
    io:format("~w ~w~n", [lists:delete(5, L), lists:subtract(L, [3, 3, 3])]),
    io:format("~w ~w~n", [lists:usort(L), lists:sort(L)]),
    io:format("~w~n", [lists:merge([1, 4, 7], [2, 3, 8])]),
    io:format("~w~n", [lists:concat([abc, "def", 12, 3.5])]),
    io:format("~w~n", [lists:join(x, [1, 2, 3])]),
    io:format("~w~n", [lists:droplast(L)]),
    io:format("~w~n", [lists:enumerate([a, b, c])]),
    io:format("~w~n", [lists:uniq([3, 1, 3, 2, 1])]),
    KL = [{apple, 3}, {pear, 7}, {fig, 1}],
    io:format("~w ~w~n", [lists:keyfind(pear, 1, KL), lists:keyfind(kiwi, 1, KL)]),
    io:format("~w~n", [lists:keystore(fig, 1, KL, {fig, 100})]),
    io:format("~w~n", [lists:keystore(kiwi, 1, KL, {kiwi, 2})]),
    io:format("~w~n", [lists:keydelete(apple, 1, KL)]),
    io:format("~w~n", [lists:keyreplace(pear, 1, KL, {pear, 0})]),
    io:format("~w~n", [lists:keytake(fig, 1, KL)]),
    io:format("~w ~w~n", [lists:keymember(fig, 1, KL), lists:keysearch(3, 2, KL)]),
    io:format("~w~n", [catching(fun() -> hd([]) end)]),
    io:format("~w~n", [is_list([]) andalso is_list([a | b])]),
    io:format("~w~n", [[a | b]]),
    io:format("~w ~w~n", [catching(fun() -> length([a | b]) end), lists:reverse([1, 2], [3, 4])]),
    io:format("~w~n", [lists:nth(1, lists:duplicate(100000, z))]),
    ok.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
