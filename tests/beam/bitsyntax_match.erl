%% Matching with the bit syntax: fixed and variable sizes, endianness, signedness,
%% float segments, sizes bound earlier in the same pattern, tails, binaries in function
%% heads, and match failures.
-module(bitsyntax_match).
-export([main/0]).

main() ->
    Packet = <<4:4, 5:4, 0:8, 60:16, 16#1c46:16, 2:3, 0:13, 64:8, 6:8, 16#b1e6:16,
               192, 168, 0, 1, 192, 168, 0, 199, "payload">>,
    io:format("~p~n", [ipv4(Packet)]),
    io:format("~p~n", [tlv(<<1, 3, "abc", 2, 0, 7, 1, 9>>, [])]),
    <<A:16/little, B:16/big, C:8/signed, D/binary>> = <<1, 2, 1, 2, 255, "rest">>,
    io:format("~w ~w ~w ~p~n", [A, B, C, D]),
    <<F:32/float, G:64/float-little>> = <<1.25:32/float, -2.5:64/float-little>>,
    io:format("~p ~p~n", [F, G]),
    <<Len:8, Str:Len/binary, Rest/bits>> = <<5, "hello", 1:3>>,
    io:format("~w ~p ~p~n", [Len, Str, Rest]),
    <<_:4, Low:4>> = <<16#ab>>,
    io:format("~w~n", [Low]),
    io:format("~w~n", [[X || <<X:3>> <= <<2#101011100101:12>>]]),
    io:format("~p~n", [split_lines(<<"one\ntwo\nthree">>, <<>>, [])]),
    io:format("~p~n", [parse_int(<<"12345xyz">>, 0)]),
    io:format("~p~n", [try_match(<<1, 2>>)]),
    io:format("~p~n", [try_match(<<1, 2, 3, 4>>)]),
    io:format("~p~n", [try_match(<<>>)]),
    io:format("~w~n", [checksum(<<1, 2, 3, 4, 5, 6, 7, 8, 9>>, 0)]),
    io:format("~w~n", [bits_set(<<16#ff, 16#0f, 16#01>>, 0)]),
    io:format("~p~n", [reverse_bytes(<<"abcdef">>, <<>>)]),
    <<Big:128>> = <<16#0123456789abcdef0123456789abcdef:128>>,
    io:format("~w~n", [Big]),
    <<Neg:72/signed>> = <<-1:72>>,
    io:format("~w~n", [Neg]),
    Sz = 12,
    <<P:Sz, Q:(Sz div 3)>> = <<16#abcd:16>>,
    io:format("~w ~w~n", [P, Q]),
    io:format("~p~n", [try <<_:8, _:8>> = id(<<1>>) catch error:R -> R end]),
    io:format("~p~n", [case id(<<"GET /index.html HTTP/1.1">>) of
                           <<"GET ", Path/binary>> -> {get, hd(binary:split(Path, <<" ">>))};
                           <<"POST ", _/binary>> -> post
                       end]),
    io:format("~p~n", [try <<(id(-1)):8/unsigned>> catch error:R2 -> R2 end]),
    io:format("~p~n", [try <<(id(foo)):8>> catch error:R3 -> R3 end]),
    io:format("~p~n", [<<(id(1.5)):32/float>>]),
    io:format("~p~n", [<<(id(256)):8>>]),
    ok.

id(X) -> X.

ipv4(<<4:4, IHL:4, _Tos:8, TotLen:16, Id:16, Flags:3, FragOff:13, TTL:8, Proto:8,
       _Sum:16, S1, S2, S3, S4, D1, D2, D3, D4, Payload/binary>>) ->
    #{ihl => IHL, len => TotLen, id => Id, flags => Flags, frag => FragOff, ttl => TTL,
      proto => Proto, src => {S1, S2, S3, S4}, dst => {D1, D2, D3, D4}, payload => Payload}.

tlv(<<>>, Acc) -> lists:reverse(Acc);
tlv(<<T, L, V:L/binary, Rest/binary>>, Acc) -> tlv(Rest, [{T, V} | Acc]).

split_lines(<<>>, Cur, Acc) -> lists:reverse([Cur | Acc]);
split_lines(<<$\n, Rest/binary>>, Cur, Acc) -> split_lines(Rest, <<>>, [Cur | Acc]);
split_lines(<<C, Rest/binary>>, Cur, Acc) -> split_lines(Rest, <<Cur/binary, C>>, Acc).

parse_int(<<C, Rest/binary>>, N) when C >= $0, C =< $9 -> parse_int(Rest, N * 10 + C - $0);
parse_int(Rest, N) -> {N, Rest}.

try_match(<<X:16>>) -> {short, X};
try_match(<<X:16, Y:16>>) -> {long, X, Y};
try_match(Other) -> {other, Other}.

checksum(<<>>, Acc) -> Acc band 16#ff;
checksum(<<B, Rest/binary>>, Acc) -> checksum(Rest, Acc + B).

bits_set(<<>>, N) -> N;
bits_set(<<1:1, Rest/bits>>, N) -> bits_set(Rest, N + 1);
bits_set(<<0:1, Rest/bits>>, N) -> bits_set(Rest, N).

reverse_bytes(<<>>, Acc) -> Acc;
reverse_bytes(<<B, Rest/binary>>, Acc) -> reverse_bytes(Rest, <<B, Acc/binary>>).
