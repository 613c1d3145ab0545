%% A JSON encoder and decoder over Erlang terms (maps, lists, binaries, numbers,
%% booleans, null), with string escaping, pretty printing, and a round trip.
-module(json_encoder).
-export([main/0]).

main() ->
    Doc = #{<<"name">> => <<"Switchyard">>,
            <<"version">> => [1, 2, 3],
            <<"stable">> => false,
            <<"license">> => null,
            <<"ratio">> => 0.75,
            <<"big">> => 12345678901234567890,
            <<"quote">> => <<"she said \"hi\"\n\ttab \\ slash / é"/utf8>>,
            <<"nested">> => #{<<"empty_list">> => [], <<"empty_obj">> => #{},
                              <<"list">> => [true, null, -1.5e-7, <<"x">>, [[]]]}},
    Enc = iolist_to_binary(encode(Doc)),
    io:format("~s~n", [Enc]),
    io:format("~w bytes~n", [byte_size(Enc)]),
    io:format("~s", [pretty(Doc, 0)]),
    io:format("~n"),
    {Dec, <<>>} = decode(Enc),
    io:format("round trip: ~w~n", [Dec =:= Doc]),
    Inputs = [<<"[1, 2.5, -3, 1e3, 2E-2, true, false, null]">>,
              <<"{\"a\": {\"b\": [\"c\", {\"d\": \"\\u00e9\\n\"}]}}">>,
              <<"  \"\\\"escaped\\\"\"  ">>,
              <<"[1, 2">>,
              <<"{\"k\" 1}">>],
    [io:format("~s -> ~p~n", [I, catch_decode(I)]) || I <- Inputs],
    ok.

catch_decode(Bin) ->
    try decode(Bin) of
        {V, Rest} -> case skip_ws(Rest) of <<>> -> {ok, V}; R -> {error, {trailing, R}} end
    catch throw:{json_error, E} -> {error, E}
    end.

encode(null) -> <<"null">>;
encode(true) -> <<"true">>;
encode(false) -> <<"false">>;
encode(N) when is_integer(N) -> integer_to_binary(N);
encode(F) when is_float(F) -> float_to_binary(F, [short]);
encode(B) when is_binary(B) -> [$", escape(B), $"];
encode(L) when is_list(L) -> [$[, join([encode(X) || X <- L]), $]];
encode(M) when is_map(M) ->
    [${, join([[encode(K), $:, encode(V)] || {K, V} <- lists:sort(maps:to_list(M))]), $}].

join([]) -> [];
join([H | T]) -> [H | [[$,, X] || X <- T]].

escape(B) -> [esc(C) || <<C/utf8>> <= B].
esc($") -> <<"\\\"">>;
esc($\\) -> <<"\\\\">>;
esc($\n) -> <<"\\n">>;
esc($\t) -> <<"\\t">>;
esc(C) when C < 32 -> io_lib:format("\\u~4.16.0b", [C]);
esc(C) when C > 127 -> io_lib:format("\\u~4.16.0b", [C]);
esc(C) -> C.

pretty(M, Ind) when is_map(M), map_size(M) > 0 ->
    Pad = lists:duplicate(Ind + 2, $\s),
    Items = [[Pad, encode(K), ": ", pretty(V, Ind + 2)] || {K, V} <- lists:sort(maps:to_list(M))],
    ["{\n", lists:join(",\n", Items), "\n", lists:duplicate(Ind, $\s), "}"];
pretty(L, Ind) when is_list(L), L =/= [] ->
    ["[", lists:join(", ", [pretty(X, Ind) || X <- L]), "]"];
pretty(X, _) -> encode(X).

decode(Bin) -> value(skip_ws(Bin)).

skip_ws(<<C, R/binary>>) when C =:= $\s; C =:= $\n; C =:= $\t; C =:= $\r -> skip_ws(R);
skip_ws(B) -> B.

value(<<"null", R/binary>>) -> {null, R};
value(<<"true", R/binary>>) -> {true, R};
value(<<"false", R/binary>>) -> {false, R};
value(<<$", R/binary>>) -> string(R, <<>>);
value(<<$[, R/binary>>) -> array(skip_ws(R), []);
value(<<${, R/binary>>) -> object(skip_ws(R), #{});
value(<<C, _/binary>> = B) when C =:= $-; C >= $0, C =< $9 -> number(B);
value(<<>>) -> throw({json_error, unexpected_end});
value(<<C, _/binary>>) -> throw({json_error, {unexpected, [C]}}).

string(<<$", R/binary>>, Acc) -> {Acc, R};
string(<<$\\, $u, H:4/binary, R/binary>>, Acc) ->
    C = binary_to_integer(H, 16), string(R, <<Acc/binary, C/utf8>>);
string(<<$\\, C, R/binary>>, Acc) ->
    D = case C of $n -> $\n; $t -> $\t; $r -> $\r; $b -> $\b; $f -> $\f; _ -> C end,
    string(R, <<Acc/binary, D>>);
string(<<C, R/binary>>, Acc) -> string(R, <<Acc/binary, C>>);
string(<<>>, _) -> throw({json_error, unterminated_string}).

number(B) ->
    {Txt, R} = take(B, <<>>),
    V = case binary:match(Txt, [<<".">>, <<"e">>, <<"E">>]) of
            nomatch -> binary_to_integer(Txt);
            _ -> to_float(Txt)
        end,
    {V, R}.

to_float(T) ->
    T1 = case binary:match(T, <<".">>) of
             nomatch -> [M, E] = binary:split(T, [<<"e">>, <<"E">>]), <<M/binary, ".0e", E/binary>>;
             _ -> T
         end,
    binary_to_float(T1).

take(<<C, R/binary>>, Acc) when C >= $0, C =< $9; C =:= $-; C =:= $+; C =:= $.; C =:= $e; C =:= $E ->
    take(R, <<Acc/binary, C>>);
take(R, Acc) -> {Acc, R}.

array(<<$], R/binary>>, Acc) -> {lists:reverse(Acc), R};
array(B, Acc) ->
    {V, R} = value(B),
    case skip_ws(R) of
        <<$,, R2/binary>> -> array(skip_ws(R2), [V | Acc]);
        <<$], R2/binary>> -> {lists:reverse([V | Acc]), R2};
        <<>> -> throw({json_error, unterminated_array});
        <<C, _/binary>> -> throw({json_error, {expected_comma_or_bracket, [C]}})
    end.

object(<<$}, R/binary>>, Acc) -> {Acc, R};
object(<<$", B/binary>>, Acc) ->
    {K, R} = string(B, <<>>),
    case skip_ws(R) of
        <<$:, R2/binary>> ->
            {V, R3} = value(skip_ws(R2)),
            case skip_ws(R3) of
                <<$,, R4/binary>> -> object(skip_ws(R4), Acc#{K => V});
                <<$}, R4/binary>> -> {Acc#{K => V}, R4};
                _ -> throw({json_error, bad_object})
            end;
        _ -> throw({json_error, {expected_colon_after, K}})
    end;
object(_, _) -> throw({json_error, bad_key}).
