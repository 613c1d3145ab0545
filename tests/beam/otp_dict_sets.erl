%% Key-value and set modules of OTP, called for real: dict, orddict, sets (both
%% representations), ordsets, gb_trees and gb_sets. Unordered results are sorted before
%% printing.
-module(otp_dict_sets).
-export([main/0]).

main() ->
    Words = string:lexemes("the quick brown fox jumps over the lazy dog the end", " "),
    D = lists:foldl(fun(W, Acc) -> dict:update_counter(W, 1, Acc) end, dict:new(), Words),
    io:format("~p~n", [lists:sort(dict:to_list(D))]),
    io:format("~p ~p ~p~n", [dict:fetch("the", D), dict:find("fox", D), dict:find("cat", D)]),
    io:format("~p ~p~n", [dict:size(D), dict:is_key("dog", D)]),
    D2 = dict:erase("the", dict:store("cat", 9, D)),
    io:format("~p~n", [lists:sort(dict:fetch_keys(D2))]),
    D3 = dict:append("list", a, dict:append("list", b, dict:new())),
    io:format("~p~n", [dict:fetch("list", D3)]),
    io:format("~p~n", [lists:sort(dict:to_list(dict:map(fun(_K, V) -> V * 10 end, D)))]),
    io:format("~p~n", [dict:fold(fun(_K, V, Acc) -> V + Acc end, 0, D)]),
    io:format("~p~n", [lists:sort(dict:to_list(dict:filter(fun(_K, V) -> V > 1 end, D)))]),
    O = lists:foldl(fun({K, V}, Acc) -> orddict:store(K, V, Acc) end, orddict:new(),
                    [{c, 3}, {a, 1}, {b, 2}, {a, 10}]),
    io:format("~p~n", [O]),
    io:format("~p ~p~n", [orddict:find(b, O), orddict:fetch(c, O)]),
    io:format("~p~n", [orddict:update_counter(a, 5, O)]),
    io:format("~p~n", [orddict:merge(fun(_K, V1, V2) -> V1 + V2 end, O, [{b, 100}, {z, 26}])]),
    io:format("~p~n", [orddict:erase(b, O)]),
    S1 = sets:from_list([3, 1, 4, 1, 5, 9, 2, 6]),
    S2 = sets:from_list([2, 7, 1, 8, 2, 8]),
    io:format("~p ~p~n", [lists:sort(sets:to_list(S1)), sets:size(S1)]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:union(S1, S2)))]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:intersection(S1, S2)))]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:subtract(S1, S2)))]),
    io:format("~p ~p~n", [sets:is_element(4, S1), sets:is_element(7, S1)]),
    io:format("~p~n", [sets:is_subset(sets:from_list([1, 2]), S1)]),
    V2 = sets:from_list([c, a, b, a], [{version, 2}]),
    io:format("~p ~p~n", [lists:sort(sets:to_list(V2)), sets:is_element(b, V2)]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:add_element(d, V2)))]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:filter(fun(X) -> X > 3 end, S1)))]),
    io:format("~p~n", [sets:fold(fun(X, Acc) -> X + Acc end, 0, S1)]),
    OS = ordsets:from_list([5, 3, 5, 1]),
    io:format("~p ~p~n", [OS, ordsets:add_element(4, OS)]),
    io:format("~p~n", [ordsets:union(OS, [2, 3, 4])]),
    io:format("~p~n", [ordsets:intersection(OS, [1, 2, 3])]),
    io:format("~p~n", [ordsets:subtract(OS, [3])]),
    T = lists:foldl(fun({K, V}, Acc) -> gb_trees:enter(K, V, Acc) end, gb_trees:empty(),
                    [{N rem 17, N} || N <- lists:seq(1, 40)]),
    io:format("~p~n", [gb_trees:to_list(T)]),
    io:format("~p ~p ~p~n", [gb_trees:size(T), gb_trees:lookup(5, T), gb_trees:lookup(99, T)]),
    io:format("~p ~p~n", [gb_trees:smallest(T), gb_trees:largest(T)]),
    io:format("~p~n", [gb_trees:keys(gb_trees:delete(0, T))]),
    io:format("~p~n", [iter(gb_trees:iterator_from(10, T))]),
    GS = gb_sets:from_list([q, w, e, r, t, y]),
    io:format("~p ~p~n", [gb_sets:to_list(GS), gb_sets:is_member(e, GS)]),
    io:format("~p~n", [gb_sets:to_list(gb_sets:union(GS, gb_sets:from_list([a, q])))]),
    io:format("~p~n", [gb_sets:smallest(GS)]),
    ok.

iter(I) ->
    case gb_trees:next(I) of
        none -> [];
        {K, V, I2} -> [{K, V} | iter(I2)]
    end.
