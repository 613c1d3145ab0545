%% Loader test module: maps.
-module(loader_maps).
-export([main/0, update/2, lookup/1, keys/1, literal/0, big_literal/0]).

main() ->
    M = update(#{a => 1}, 2),
    io:format("~p~n", [[M, lookup(M), keys(M), literal(), big_literal()]]).

update(M, V) ->
    M1 = M#{b => V, c => [V]},
    M2 = M1#{a := V + 1},
    M2#{{k, V} => V}.

lookup(#{a := A, b := B}) -> {A, B};
lookup(#{c := C}) -> C;
lookup(M) when is_map_key(x, M) -> x;
lookup(M) when is_map(M) -> maps:get(d, M, none).

keys(M) -> lists:sort(maps:keys(M)).

literal() ->
    #{1 => int, 2.0 => float, atom => atom, "str" => string, <<"bin">> => binary,
      {tup, 1} => tuple, [list] => list, #{inner => map} => map, -100 => negative,
      1 bsl 70 => bignum, fun erlang:self/0 => 'fun'}.

big_literal() ->
    #{k01 => 1, k02 => 2, k03 => 3, k04 => 4, k05 => 5, k06 => 6, k07 => 7, k08 => 8,
      k09 => 9, k10 => 10, k11 => 11, k12 => 12, k13 => 13, k14 => 14, k15 => 15, k16 => 16,
      k17 => 17, k18 => 18, k19 => 19, k20 => 20, k21 => 21, k22 => 22, k23 => 23, k24 => 24,
      k25 => 25, k26 => 26, k27 => 27, k28 => 28, k29 => 29, k30 => 30, k31 => 31, k32 => 32}.
