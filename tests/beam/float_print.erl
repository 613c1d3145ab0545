%% Floats: arithmetic, the shortest round-trip printing of ~p/~w and float_to_list/1,
%% the fixed and scientific variants, rounding functions and the math module.
-module(float_print).
-export([main/0]).

main() ->
    Fs = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 123456.789,
          1.0e15, 1.0e16, 1.0e17, 123456789012345680.0, 1.0e-5, 0.0001, 1.0e-4, 5.0e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793, 2.718281828459045,
          1.0e100, -1.0e-100, 0.5, 1.0e21, 1.0e22, 9007199254740993.0, 4.35, 0.3],
    [io:format("~p ~w ~s~n", [F, F, float_to_list(F, [short])]) || F <- Fs],
    [io:format("~s | ~s | ~s~n",
               [float_to_list(F), float_to_list(F, [{decimals, 3}]), float_to_list(F, [{scientific, 4}])])
     || F <- [0.0, 1.5, -2.25, 1 / 3, 12345.6789, 1.0e20, 1.0e-20]],
    io:format("~s ~s~n", [float_to_list(1.5, [{decimals, 4}, compact]), float_to_list(2.0, [{decimals, 4}, compact])]),
    io:format("~s ~s~n", [float_to_binary(0.125), float_to_binary(2.5, [{decimals, 0}])]),
    io:format("~f ~e ~g~n", [3.14159, 3.14159, 3.14159]),
    io:format("~.2f ~.1f ~.10f ~.2e ~.3g~n", [2.675, 0.5, 1 / 7, 123456.0, 0.000123456]),
    io:format("~10.3f|~-10.3f|~10.2e|~g|~g~n", [3.14159, 3.14159, -31415.9, 1.0e10, 1.0e-10]),
    io:format("~g ~g ~g ~g~n", [0.1, 100.0, 123456.0, 1234567.0]),
    io:format("trunc ~w ~w round ~w ~w ceil ~w ~w floor ~w ~w~n",
              [trunc(2.7), trunc(-2.7), round(2.5), round(-0.5), ceil(-0.5), ceil(3.0),
               floor(-0.5), floor(7.9)]),
    io:format("sqrt ~p pow ~p exp ~p log ~p log10 ~p log2 ~p~n",
              [math:sqrt(2), math:pow(2, 0.5), math:exp(1), math:log(10), math:log10(1000),
               math:log2(1024)]),
    io:format("sin ~p cos ~p tan ~p atan2 ~p pi ~p~n",
              [math:sin(math:pi() / 6), math:cos(0), math:tan(math:pi() / 4), math:atan2(1, -1),
               math:pi()]),
    io:format("fmod ~p ceil ~p floor ~p~n", [math:fmod(10.5, 3), math:ceil(1.2), math:floor(-1.2)]),
    io:format("compare ~w ~w ~w ~w~n", [0.0 == -0.0, 0.0 =:= -0.0, 1.0 < 1, 2.5 > 2]),
    io:format("list_to_float ~p ~p~n", [list_to_float("1.5e3"), binary_to_float(<<"-0.001">>)]),
    io:format("float(7) ~p, 7/7 ~p, is_float ~w~n", [float(7), 7 / 7, is_float(7 / 7)]),
    io:format("sum ~p~n", [lists:foldl(fun(X, A) -> X + A end, 0.0, lists:duplicate(10, 0.1))]),
    io:format("~p~n", [[X / 8 || X <- lists:seq(1, 12)]]),
    ok.
