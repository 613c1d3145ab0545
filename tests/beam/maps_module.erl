%% The maps module: construction, lookup, folding, iteration and the higher-order
%% functions, with results on maps of at most 32 keys (printed in term order).
-module(maps_module).
-export([main/0]).

main() ->
    M = maps:from_list([{a, 1}, {b, 2}, {c, 3}, {d, 4}]),
    io:format("~p~n", [M]),
    io:format("~p ~p ~p~n", [maps:get(a, M), maps:get(z, M, none), maps:find(b, M)]),
    io:format("~p~n", [maps:find(zz, M)]),
    io:format("~p~n", [maps:put(e, 5, M)]),
    io:format("~p~n", [maps:remove(a, M)]),
    io:format("~p ~p~n", [maps:keys(M), maps:values(M)]),
    io:format("~p~n", [maps:to_list(M)]),
    io:format("~p~n", [maps:map(fun(_K, V) -> V * 10 end, M)]),
    io:format("~p~n", [maps:filter(fun(_K, V) -> V rem 2 =:= 0 end, M)]),
    io:format("~p~n", [maps:filtermap(fun(K, V) when V > 2 -> {true, {K, V}}; (_, _) -> false end, M)]),
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)]),
    io:format("~p~n", [maps:merge(M, #{a => 100, z => 26})]),
    io:format("~p~n", [maps:merge_with(fun(_K, V1, V2) -> V1 + V2 end, M, #{a => 100, z => 26})]),
    io:format("~p~n", [maps:with([a, c, x], M)]),
    io:format("~p~n", [maps:without([a, c, x], M)]),
    io:format("~p~n", [maps:update(b, 20, M)]),
    io:format("~p~n", [maps:update_with(b, fun(V) -> V + 1 end, M)]),
    io:format("~p~n", [maps:update_with(q, fun(V) -> V + 1 end, 0, M)]),
    io:format("~p~n", [maps:is_key(c, M)]),
    io:format("~p ~p~n", [maps:size(M), maps:new()]),
    io:format("~p~n", [maps:from_keys([x, y], 0)]),
    io:format("~p~n", [maps:intersect(M, #{b => x, c => y, q => z})]),
    io:format("~p~n", [maps:intersect_with(fun(_K, V1, V2) -> {V1, V2} end, M, #{b => x, q => z})]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))]),
    io:format("~p~n", [maps:take(a, M)]),
    io:format("~p~n", [iterate(maps:iterator(M), [])]),
    maps:foreach(fun(K, V) -> io:format("~p=~p;", [K, V]) end, M),
    io:nl(),
    io:format("~p~n", [try maps:get(nokey, M) catch error:R -> R end]),
    io:format("~p~n", [try maps:update(nokey, 1, M) catch error:R2 -> R2 end]),
    io:format("~p~n", [try maps:get(a, [not_a_map]) catch error:R3 -> R3 end]),
    Inv = maps:fold(fun(K, V, Acc) -> Acc#{V => K} end, #{}, M),
    io:format("~p~n", [Inv]),
    ok.

iterate(I, Acc) ->
    case maps:next(I) of
        none -> lists:reverse(Acc);
        {K, V, I2} -> iterate(I2, [{K, V} | Acc])
    end.
