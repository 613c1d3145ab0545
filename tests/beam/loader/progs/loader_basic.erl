%% Loader test module: control flow, numbers, atoms and literals of every kind.
-module(loader_basic).
-export([main/0, fact/1, classify/1, numbers/0, atoms/0, literals/0, floats/2, guards/1,
         tuples/1, lists/1, strings/0]).

main() ->
    io:format("~p~n", [[fact(20), classify(3), numbers(), atoms(), literals(),
                        floats(1.5, 2.5), guards(7), tuples({a, b}), lists([1, 2, 3]),
                        strings()]]).

fact(0) -> 1;
fact(N) when N > 0 -> N * fact(N - 1).

classify(0) -> zero;
classify(1) -> one;
classify(2) -> two;
classify(3) -> three;
classify(-1) -> minus_one;
classify(N) when is_integer(N), N > 100 -> big;
classify(X) when is_atom(X) -> atom;
classify(_) -> other.

%% Each number passes through id/1, so it is an inline operand, not part of a literal.
numbers() ->
    [id(0), id(15), id(16), id(2047), id(2048), id(-1), id(-32768), id(-32769), id(1 bsl 59),
     id(1 bsl 60), id(1 bsl 63), id(1 bsl 64), id(-(1 bsl 63)), id(-(1 bsl 64)), id(1 bsl 127),
     id(1 bsl 128), id(-(1 bsl 128)), id(1 bsl 200), id(123456789012345678901234567890),
     {0, 1 bsl 64, -(1 bsl 200)}].

id(X) -> X.

atoms() ->
    ['catch', 'try', 'rem', 'fun', 'Upper', 'with space', 'quote\'s', 'back\\slash', 'tab\t',
     'é', 'ça', 'αβγ', '日本', '', [], true, false, undefined, 'a@b', '_under', 'x9_Y',
     'let', 'query', 'maybe', '=:=', '+', 'del\x{7f}', 'ctl\x{1}', 'nbsp\x{a0}'].

literals() ->
    {[], {}, "", <<>>, "abc", [1, 2 | 3], {nested, [{deep, [x]}]}, <<1, 2, 3>>, <<1:3>>,
     <<"abc", 5:4>>, #{}, #{a => 1}, #{1 => a, 1.0 => b, "s" => c, <<"b">> => d, {t} => e,
                                       [] => f, z => g, -5 => h, [x] => i},
     fun lists:map/2, fun erlang:'+'/2, 1.0, -0.0, 0.1, 1.0e100, 1.0e-100, 123456.789,
     [1.0e15, 1.0e16, 9007199254740992.0, 9007199254740991.0, 0.0001, 0.00012],
     {1 bsl 70, -(1 bsl 130)}, "unicode: αβγ", [16#10FFFF], 'αβ'}.

floats(X, Y) when is_float(X), is_float(Y) ->
    A = X * Y + X / Y - X,
    B = -A,
    {A, B, float(3), X > Y, trunc(X), round(Y)}.

guards(X) when X =:= 7; X == 8.0 -> exact;
guards(X) when X =/= 9, X /= 10, X >= 0, X < 100 -> range;
guards(X) when is_binary(X); is_bitstring(X) -> bits;
guards(X) when is_list(X), length(X) > 2 -> long_list;
guards(X) when is_tuple(X), tuple_size(X) =:= 2, element(1, X) =:= ok -> ok_pair;
guards(X) when is_map(X), map_size(X) > 0 -> map;
guards(X) when is_pid(X); is_port(X); is_reference(X) -> process_thing;
guards(X) when is_function(X, 2) -> fun2;
guards(X) when is_function(X) -> fun_any;
guards(X) when is_boolean(X) -> bool;
guards(X) when is_number(X) -> number;
guards(_) -> other.

tuples({A, B}) -> {B, A, setelement(1, {A, B, A}, z)};
tuples({A, B, C}) -> [A, B, C];
tuples({_, _, _, D}) -> D;
tuples(T) when tuple_size(T) > 4 -> element(5, T);
tuples(_) -> none.

lists([]) -> [];
lists([H | T]) -> [H * 2 | lists(T)] ++ [length(T)] -- [0].

strings() ->
    S = "hello",
    {S ++ " world", lists:reverse(S), [C + 1 || C <- S, C > $h], hd(S), tl(S)}.
