%% Conversions between numbers and text: integer_to_list/binary with bases,
%% list_to_integer/float, float_to_list/binary with every option, and the errors for
%% malformed input.
-module(number_conversion).
-export([main/0]).

main() ->
    io:format("~p~n", [[integer_to_list(N) || N <- [0, 7, -7, 123456789, 1 bsl 65]]]),
    io:format("~p~n", [[integer_to_list(255, B) || B <- [2, 8, 10, 16, 36]]]),
    io:format("~p~n", [[integer_to_list(-255, B) || B <- [2, 16]]]),
    io:format("~p~n", [[integer_to_binary(N, 16) || N <- [255, -4096, 1 bsl 70]]]),
    io:format("~p~n", [[list_to_integer(S) || S <- ["0", "-12", "+12", "007", "123456789012345678901234567890"]]]),
    io:format("~p~n", [[list_to_integer(S, B) || {S, B} <- [{"ff", 16}, {"FF", 16}, {"-777", 8}, {"zz", 36}, {"1010", 2}]]]),
    io:format("~p~n", [[binary_to_integer(B) || B <- [<<"42">>, <<"-42">>]]]),
    io:format("~p~n", [binary_to_integer(<<"7fffffffffffffffff">>, 16)]),
    io:format("~p~n", [[list_to_float(S) || S <- ["1.0", "-2.5", "1.0e10", "1.5E-3", "0.1"]]]),
    io:format("~p~n", [[binary_to_float(B) || B <- [<<"3.25">>, <<"-0.0">>]]]),
    Fs = [0.0, 1.0, -1.0, 0.1, 1 / 3, 100.0, 1.0e-7, 123456789.125, 1.0e23, 5.0e-324],
    [io:format("~s | ~s | ~s | ~s~n",
               [float_to_list(F), float_to_list(F, [short]), float_to_list(F, [{decimals, 2}]),
                float_to_list(F, [{scientific, 2}])]) || F <- Fs],
    io:format("~p~n", [[float_to_list(F, [{decimals, 6}, compact]) || F <- [1.5, 1.0, 0.125, 100.0]]]),
    io:format("~p~n", [[float_to_binary(F, [short]) || F <- [0.1, 1.0e100]]]),
    io:format("~p~n", [float_to_list(2.5, [{decimals, 0}])]),
    io:format("~p~n", [float_to_list(3.5, [{decimals, 0}])]),
    io:format("~p~n", [float_to_list(0.125, [{decimals, 2}])]),
    io:format("~p~n", [float_to_list(1.0e15, [{decimals, 1}])]),
    io:format("~p~n", [[round(F) || F <- [0.5, 1.5, 2.5, -0.5, -1.5, 1.0e20]]]),
    io:format("~p~n", [[trunc(F) || F <- [0.9, -0.9, 1.0e18]]]),
    io:format("~p~n", [erlang:list_to_integer("  12" -- "  ")]),
    io:format("~p~n", [[catching(fun() -> list_to_integer(S) end) || S <- ["", "1.0", "12a", " 1", "--1"]]]),
    io:format("~p~n", [[catching(fun() -> list_to_float(S) end) || S <- ["1", "1.", ".5", "1e5", "1.0e"]]]),
    io:format("~p~n", [catching(fun() -> list_to_integer("10", 37) end)]),
    io:format("~p~n", [[string:to_integer(S) || S <- ["12 apples", "x", "-0"]]]),
    io:format("~p~n", [[string:to_float(S) || S <- ["1.5 m", "2", "3.0e2x"]]]),
    io:format("~p~n", [[N * 1.0 || N <- [1, 1 bsl 53, (1 bsl 53) + 1]]]),
    io:format("~p~n", [erlang:float(123456789012345678901234567890)]),
    io:format("~p~n", [catching(fun() -> float(1 bsl 1024) end)]),
    io:format("~p~n", [list_to_integer(integer_to_list(1 bsl 200, 36), 36) =:= 1 bsl 200]),
    ok.

catching(F) -> try F() catch Class:Reason -> {Class, Reason} end.
