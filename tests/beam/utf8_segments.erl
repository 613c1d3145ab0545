%% utf8, utf16 and utf32 segments: encoding code points into binaries, decoding them in
%% matches and comprehensions, counting characters, and what happens with invalid input.
-module(utf8_segments).
-export([main/0]).

main() ->
    Cps = [$A, 16#e9, 16#3bb, 16#20ac, 16#1F600],
    [io:format("~.16B -> ~w ~w ~w~n", [C, <<C/utf8>>, <<C/utf16>>, <<C/utf32-little>>]) || C <- Cps],
    Bin = << <<C/utf8>> || C <- Cps >>,
    io:format("~w ~w~n", [byte_size(Bin), Bin]),
    io:format("~w~n", [[C || <<C/utf8>> <= Bin]]),
    io:format("~w~n", [count_chars(Bin, 0)]),
    <<First/utf8, Rest/binary>> = Bin,
    io:format("~w ~w~n", [First, Rest]),
    <<_/utf8, Second/utf8, _/binary>> = Bin,
    io:format("~w~n", [Second]),
    U16 = << <<C/utf16>> || C <- Cps >>,
    io:format("~w~n", [[C || <<C/utf16>> <= U16]]),
    U16le = << <<C/utf16-little>> || C <- Cps >>,
    io:format("~w~n", [[C || <<C/utf16-little>> <= U16le]]),
    U32 = << <<C/utf32>> || C <- Cps >>,
    io:format("~w ~w~n", [byte_size(U32), [C || <<C/utf32>> <= U32]]),
    io:format("~p~n", [decode(<<"ok", 16#ff, "bad">>, [])]),
    io:format("~p~n", [decode(<<16#ed, 16#a0, 16#80>>, [])]),
    io:format("~p~n", [decode(<<16#c0, 16#80>>, [])]),
    io:format("~p~n", [decode(<<16#e2, 16#82>>, [])]),
    io:format("~p~n", [try <<(id(16#110000))/utf8>> catch error:R -> R end]),
    io:format("~p~n", [try <<(id(16#d800))/utf8>> catch error:R2 -> R2 end]),
    io:format("~p~n", [try <<(id(-1))/utf8>> catch error:R3 -> R3 end]),
    io:format("~w~n", [<<"λx"/utf8>>]),
    io:format("~w~n", [<<"λx"/utf16>>]),
    io:format("~w~n", [<<"λx">>]),
    io:format("~w~n", [upcase_ascii(<<"héllo wörld"/utf8>>)]),
    ok.

id(X) -> X.

count_chars(<<>>, N) -> N;
count_chars(<<_/utf8, Rest/binary>>, N) -> count_chars(Rest, N + 1).

decode(<<>>, Acc) -> {ok, lists:reverse(Acc)};
decode(<<C/utf8, Rest/binary>>, Acc) -> decode(Rest, [C | Acc]);
decode(Bad, Acc) -> {error, lists:reverse(Acc), Bad}.

upcase_ascii(Bin) ->
    << <<(if C >= $a, C =< $z -> C - 32; true -> C end)/utf8>> || <<C/utf8>> <= Bin >>.
