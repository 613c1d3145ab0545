%% Guards: every type test, guard BIFs, ',' and ';' sequences, andalso/orelse, and
%% guards that fail because their expression raises (which is not an error).
-module(guards).
-export([main/0]).

-record(point, {x, y}).

main() ->
    Self = self(),
    Ref = make_ref(),
    Terms = [42, -7, 3.14, atom, true, "str", [], [1 | 2], {}, {a, b}, #{}, #{k => v},
             <<"bin">>, <<1:3>>, fun() -> ok end, fun lists:map/2, Self, Ref,
             #point{x = 1, y = 2}, 1 bsl 80],
    [io:format("~-16s ~w~n", [kind(T), tests(T)]) || T <- Terms],
    io:format("~w~n", [[classify(X) || X <- [0, 5, -5, 15, 100, 3.5, foo]]]),
    io:format("~w~n", [[size_class(X) || X <- [[], [a], {a, b, c}, <<"abcd">>, #{a => 1}, x]]]),
    io:format("~w~n", [[safe_head(X) || X <- [[1, 2], [], foo]]]),
    io:format("~w~n", [[in_range(X) || X <- [1, 10, 11, -1, 5.5]]]),
    io:format("~w~n", [[either(X) || X <- [a, b, c, 1]]]),
    io:format("~w~n", [[bool_guard(X, Y) || X <- [true, false], Y <- [true, false]]]),
    io:format("~w~n", [[elem_guard(T) || T <- [{1, 2}, {3}, {x, y, z}, []]]]),
    io:format("~w~n", [[map_guard(M) || M <- [#{a => 1}, #{a => 2, b => 3}, #{}]]]),
    io:format("~w~n", [[fun_arity(F) || F <- [fun() -> 0 end, fun(_) -> 1 end, fun(_, _) -> 2 end]]]),
    io:format("~w~n", [[is_point(P) || P <- [#point{x = 1, y = 2}, {point, 1}, {other, 1, 2}]]]),
    io:format("~w~n", [[arith_guard(X) || X <- [4, 9, 10, 1.0e3]]]),
    io:format("~w ~w~n", [self_guard(Self), self_guard(spawn(fun() -> ok end))]),
    ok.

kind(T) when is_integer(T) -> "integer";
kind(T) when is_float(T) -> "float";
kind(T) when is_boolean(T) -> "boolean";
kind(T) when is_atom(T) -> "atom";
kind([]) -> "nil";
kind([_ | _]) -> "cons";
kind(T) when is_tuple(T) -> "tuple";
kind(T) when is_map(T) -> "map";
kind(T) when is_binary(T) -> "binary";
kind(T) when is_bitstring(T) -> "bitstring";
kind(T) when is_function(T) -> "function";
kind(T) when is_pid(T) -> "pid";
kind(T) when is_reference(T) -> "reference".

tests(T) ->
    [is_atom(T), is_binary(T), is_bitstring(T), is_boolean(T), is_float(T),
     is_function(T), is_function(T, 0), is_integer(T), is_list(T), is_map(T),
     is_number(T), is_pid(T), is_port(T), is_reference(T), is_tuple(T),
     is_record(T, point), is_record(T, point, 3)].

classify(X) when is_integer(X), X > 0, X < 10 -> small;
classify(X) when is_integer(X), X >= 10; is_float(X) -> big_or_float;
classify(0) -> zero;
classify(X) when is_integer(X) -> negative;
classify(_) -> other.

size_class(X) when length(X) > 0 -> {list, length(X)};
size_class(X) when tuple_size(X) > 2 -> {tuple, tuple_size(X)};
size_class(X) when byte_size(X) >= 4 -> {binary, byte_size(X), bit_size(X)};
size_class(X) when map_size(X) =:= 1 -> {map, 1};
size_class(_) -> none.

safe_head(L) when hd(L) > 0 -> {head, hd(L)};
safe_head(_) -> no_head.

in_range(X) when X >= 1 andalso X =< 10 -> in;
in_range(X) when X < 1 orelse X > 10 -> out.

either(X) when X =:= a; X =:= b -> ab;
either(X) when is_atom(X) -> other_atom;
either(_) -> not_atom.

bool_guard(X, Y) when X and Y -> both;
bool_guard(X, Y) when X or Y -> one;
bool_guard(X, Y) when not (X xor Y) -> neither.

elem_guard(T) when element(1, T) =:= 1 -> first_is_one;
elem_guard(T) when tuple_size(T) =:= 3, element(3, T) =:= z -> ends_with_z;
elem_guard(_) -> other.

map_guard(M) when is_map_key(b, M) -> {has_b, map_get(b, M)};
map_guard(M) when map_get(a, M) =:= 1 -> a_is_one;
map_guard(_) -> other.

fun_arity(F) when is_function(F, 0) -> zero;
fun_arity(F) when is_function(F, 1) -> one;
fun_arity(F) when is_function(F) -> many.

is_point(P) when is_record(P, point) -> yes;
is_point(_) -> no.

arith_guard(X) when X rem 2 =:= 0, X div 2 > 2 -> even_big;
arith_guard(X) when abs(X - 9) < 1 -> near_nine;
arith_guard(X) when trunc(X) > 100 -> large;
arith_guard(_) -> other.

self_guard(P) when P =:= self() -> me;
self_guard(P) when is_pid(P), node(P) =:= node() -> local_other.
