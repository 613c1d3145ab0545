%% Loader test module: the binary syntax as OTP 25 compiles it.
-module(loader_bin).
-export([main/0, build/3, parse/1, utf/1, comprehension/1, floats/1, tail/1, skip/1]).

main() ->
    io:format("~p~n", [[build(1, <<"xy">>, 2.5), parse(<<1, 0, 5, "abc", 7>>),
                        utf(<<"héllo"/utf8>>), comprehension(<<1, 2, 3>>),
                        floats(<<1.5/float, 2.5/float-little>>), tail(<<"prefix:rest">>),
                        skip(<<0:3, 1:5, "zz">>)]]).

build(I, B, F) ->
    <<I:8, I:16/little, I:32/signed-big, B/binary, F/float, F:32/float, "const", $x,
      (byte_size(B)):4, 0:4, I/utf8, I/utf16, I/utf32-little, B:1/binary-unit:16>>.

parse(<<Tag:8, Len:16, Body:Len/binary, Rest/binary>>) when Tag =:= 1 ->
    {Body, Rest};
parse(<<"magic", N:32>>) -> {magic, N};
parse(<<X:4/integer-signed, _:4, _/bits>>) -> {signed, X};
parse(_) -> nomatch.

utf(<<C/utf8, Rest/binary>>) -> [C | utf(Rest)];
utf(<<C/utf16, _/binary>>) -> [{utf16, C}];
utf(<<C/utf32-little, _/binary>>) -> [{utf32, C}];
utf(<<>>) -> [].

comprehension(Bin) ->
    {<< <<(X * 2)>> || <<X>> <= Bin >>, [X || <<X:4>> <= Bin], << <<X:3>> || X <- [1, 2, 3] >>}.

floats(<<A/float, B/float-little, _/binary>>) -> A + B;
floats(_) -> error.

tail(<<"prefix:", Rest/binary>>) -> Rest;
tail(<<_, Rest/bitstring>>) -> tail(Rest);
tail(<<>>) -> none.

skip(<<_:3, X:5, _:2/binary>>) -> X;
skip(<<_:8/unit:1, Y/bits>>) when bit_size(Y) rem 8 =:= 0 -> aligned;
skip(_) -> none.
