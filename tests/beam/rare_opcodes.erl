%% Instructions erlc 25 emits for ordinary code that the rest of the corpus does not make
%% it emit: apply (a non-tail M:F(Args) with both names computed), gc_bif3
%% (binary_part/3), fnegate (negating a float in float registers), is_eq and is_ne
%% (== and /= between terms of unknown type), is_port, set_tuple_element (a record
%% update of several fields), and bs_skip_utf16/bs_skip_utf32 (utf16/utf32 segments
%% matched and ignored).
-module(rare_opcodes).
-export([main/0, twice/1, move/4, relabel/2, widen/3]).

-record(point, {x = 0, y = 0, z = 0, label = none}).
-record(wide, {a, b, c, d, e, f, g, h, i, j, k, l}).

main() ->
    io:format("apply: ~w~n", [apply_twice(?MODULE, twice, 21)]),
    io:format("apply lists: ~w~n", [apply_twice(lists, reverse, [1, 2, 3])]),
    io:format("apply undef: ~w~n", [catch_apply(?MODULE, nowhere, 1)]),
    io:format("apply badarg: ~w~n", [catch_apply(42, twice, 1)]),
    Bin = <<"hello, world">>,
    io:format("binary_part: ~p ~p~n", [part(Bin, 7, 5), part(Bin, 12, -5)]),
    io:format("binary_part out of range: ~p~n", [part(Bin, 10, 5)]),
    io:format("guard binary_part: ~w ~w~n", [starts_hello(Bin), starts_hello(<<"help">>)]),
    io:format("fnegate: ~p ~p~n", [neg_scaled(1.5, 2.0), neg_scaled(-0.25, 4.0)]),
    io:format("fnegate zero: ~p~n", [neg_scaled(0.0, 3.0)]),
    io:format("==: ~w~n", [[eq(A, B) || {A, B} <- pairs()]]),
    io:format("/=: ~w~n", [[ne(A, B) || {A, B} <- pairs()]]),
    io:format("==, /= in guards: ~w~n", [[classify(A, B) || {A, B} <- pairs() ++ [{2, 3}, {2.5, 2}, {a, 1}, {"1", 1}]]]),
    io:format("is_port: ~w~n", [[port_or_not(X) || X <- [self(), make_ref(), a, 1, <<>>]]]),
    P0 = #point{},
    P1 = ?MODULE:move(P0, 3, 4, 5),
    io:format("record: ~w~n", [P1]),
    P2 = ?MODULE:relabel(P1, origin_shifted),
    io:format("record: ~w~n", [P2]),
    io:format("bad record: ~w~n", [catch_move({other, 1, 2, 3, 4})]),
    W = ?MODULE:widen(#wide{a = 1, l = 12}, 5, 9),
    io:format("wide record: ~w~n", [W]),
    U16 = <<"ab"/utf16, 16#1F600/utf16, "z"/utf16>>,
    U32 = <<16#1F600/utf32-little, "q"/utf32-little>>,
    io:format("skip utf16: ~p~n", [skip16(U16, 0)]),
    io:format("skip utf32: ~p~n", [skip32le(U32, 0)]),
    io:format("skip utf16 bad: ~p~n", [skip16(<<16#DC00:16>>, 0)]),
    io:format("skip utf32 bad: ~p~n", [skip32le(<<16#110000:32/little>>, 0)]),
    ok.

twice(X) when is_list(X) -> X ++ X;
twice(X) -> 2 * X.

%% The result is used, so the call is not in tail position: apply, not apply_last.
apply_twice(M, F, X) ->
    R = M:F(X),
    {R, M:F(R)}.

catch_apply(M, F, X) ->
    try
        R = M:F(X),
        {ok, R}
    catch
        error:Reason -> {error, Reason}
    end.

part(B, S, L) ->
    try binary_part(B, S, L) catch error:E -> {error, E} end.

starts_hello(B) when binary_part(B, 0, 5) =:= <<"hello">> -> true;
starts_hello(_) -> false.

neg_scaled(A, B) when is_float(A), is_float(B) ->
    -(A * B) + 0.0.

pairs() ->
    [{1, 1.0}, {1, 1}, {a, a}, {a, b}, {"ab", [$a, $b]}, {{1, 2.0}, {1.0, 2}},
     {#{a => 1}, #{a => 1.0}}, {<<1>>, <<1>>}, {[], []}, {1 bsl 70, (1 bsl 70) * 1.0}].

eq(A, B) -> A == B.
ne(A, B) -> A /= B.

classify(X, Y) when X == Y -> equal;
classify(X, Y) -> differs_number(X, Y).

differs_number(X, Y) when X /= Y, is_number(X) -> number_differs;
differs_number(_, _) -> other.

port_or_not(X) when is_port(X) -> port;
port_or_not(_) -> not_port.

move(P, X, Y, Z) ->
    P#point{x = X, y = Y, z = Z}.

relabel(P, L) ->
    P#point{label = L, x = P#point.x - 1, z = P#point.z + 1}.

%% Three fields of twelve: setelement for the first, set_tuple_element for the others.
widen(W, E, I) ->
    W#wide{e = E, i = I, c = E + I}.

catch_move(T) ->
    try ?MODULE:move(T, 1, 2, 3) catch error:E -> E end.

skip16(<<_/utf16, Rest/binary>>, N) -> skip16(Rest, N + 1);
skip16(Rest, N) -> {N, Rest}.

skip32le(<<_/utf32-little, Rest/binary>>, N) -> skip32le(Rest, N + 1);
skip32le(Rest, N) -> {N, Rest}.
