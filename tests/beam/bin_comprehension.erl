%% Binary comprehensions and bitstring generators: building binaries from lists and
%% binaries, filters, multi-byte and sub-byte segments, and list comprehensions over
%% bitstrings.
-module(bin_comprehension).
-export([main/0]).

main() ->
    io:format("~p~n", [<< <<(X * 2)>> || <<X>> <= <<1, 2, 3, 4>> >>]),
    io:format("~p~n", [<< <<X:16>> || X <- [1, 256, 65535] >>]),
    io:format("~p~n", [<< <<C>> || <<C>> <= <<"Hello World">>, C =/= $o >>]),
    io:format("~p~n", [<< <<(C - 32)>> || <<C>> <= <<"shout">> >>]),
    io:format("~p~n", [[X || <<X:4>> <= <<16#1234:16>>]]),
    io:format("~p~n", [<< <<B:1>> || B <- [1, 0, 1, 1, 0, 0, 1, 0, 1] >>]),
    io:format("~p~n", [[{R, G, B} || <<R, G, B>> <= <<255, 0, 0, 0, 255, 0, 0, 0, 255, 7>>]]),
    io:format("~p~n", [<< <<G, R, B>> || <<R, G, B>> <= <<1, 2, 3, 4, 5, 6>> >>]),
    io:format("~p~n", [hex(<<"\x00\x7f\x80\xff binary">>)]),
    io:format("~p~n", [unhex(<<"48656c6c6f">>)]),
    io:format("~p~n", [<< <<X, Y>> || X <- [$a, $b], Y <- [$1, $2] >>]),
    io:format("~p~n", [<< <<X/binary, ",">> || X <- [<<"a">>, <<"bb">>, <<"ccc">>] >>]),
    io:format("~w~n", [lists:sum([X || <<X:16/little>> <= <<1, 0, 2, 0, 3, 0>>])]),
    io:format("~p~n", [<< <<(X bxor 16#20)>> || <<X>> <= <<"MiXeD">>, X >= $A >>]),
    io:format("~p~n", [[Bit || <<Bit:1>> <= <<2#10110000>>]]),
    io:format("~p~n", [<< <<X:3>> || X <- [7, 0, 5] >>]),
    io:format("~p~n", [<< <<X>> || <<X>> <= <<>> >>]),
    io:format("~p~n", [[X || <<X:8>> <= <<1, 2, 3:4>>]]),
    Big = << <<(N rem 256)>> || N <- lists:seq(1, 10000) >>,
    io:format("~w ~w~n", [byte_size(Big), lists:sum([X || <<X>> <= Big])]),
    ok.

hex(Bin) -> << <<(digit(H)), (digit(L))>> || <<H:4, L:4>> <= Bin >>.
digit(N) when N < 10 -> $0 + N;
digit(N) -> $a + N - 10.

unhex(Hex) -> << <<(list_to_integer([A, B], 16))>> || <<A, B>> <= Hex >>.
