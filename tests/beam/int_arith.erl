%% Integer arithmetic on small integers: the operators, division and remainder with
%% negative operands, bitwise operations and shifts, comparisons with floats.
-module(int_arith).
-export([main/0]).

main() ->
    Xs = [0, 1, -1, 7, -7, 13, -13, 1000000, -999],
    Ys = [1, -1, 2, -2, 3, -3, 5, 7],
    [io:format("~w div ~w = ~w, rem = ~w~n", [X, Y, X div Y, X rem Y]) || X <- Xs, Y <- Ys],
    io:format("~w ~w ~w ~w~n", [3 + 4, 3 - 4, 3 * -4, -(-5)]),
    io:format("~w ~w ~w~n", [abs(-42), abs(42), abs(0)]),
    io:format("~w ~w ~w ~w~n", [max(3, 9), min(3, 9), max(2, 2.0), min(2, 2.0)]),
    io:format("band ~w bor ~w bxor ~w bnot ~w~n", [12 band 10, 12 bor 10, 12 bxor 10, bnot 12]),
    io:format("neg band ~w bor ~w bxor ~w bnot ~w~n",
              [-12 band 10, -12 bor 10, -12 bxor 10, bnot -12]),
    io:format("bsl ~w ~w ~w~n", [1 bsl 10, 5 bsl 0, -3 bsl 4]),
    io:format("bsr ~w ~w ~w ~w~n", [1024 bsr 3, -1024 bsr 3, -1 bsr 10, 7 bsr -2]),
    io:format("compare ~w ~w ~w ~w ~w~n", [1 < 2, 2 =< 2, 3 > 4, 1 == 1.0, 1 =:= 1.0]),
    io:format("compare ~w ~w ~w~n", [1 /= 1.0, 1 =/= 1.0, 0 == -0]),
    io:format("float division ~w ~w ~w~n", [7 / 2, -7 / 2, 6 / 3]),
    io:format("mixed ~w ~w ~w~n", [1 + 0.5, 2 * 1.5, 10 - 0.25]),
    io:format("sum ~w~n", [lists:sum(lists:seq(1, 100))]),
    io:format("gcd ~w ~w~n", [gcd(1071, 462), gcd(17, 5)]),
    io:format("pow ~w ~w~n", [ipow(3, 20), ipow(-2, 15)]),
    io:format("collatz ~w~n", [collatz(27, 0)]),
    io:format("digits ~w~n", [digits(9876543210, [])]),
    io:format("trunc ~w round ~w ~w ~w ceil ~w floor ~w~n",
              [trunc(-3.7), round(2.5), round(-2.5), round(3.49), ceil(2.1), floor(-2.1)]),
    io:format("~w~n", [[X * X || X <- lists:seq(-5, 5)]]),
    ok.

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

ipow(_, 0) -> 1;
ipow(B, E) when E rem 2 =:= 0 -> H = ipow(B, E div 2), H * H;
ipow(B, E) -> B * ipow(B, E - 1).

collatz(1, Steps) -> Steps;
collatz(N, Steps) when N rem 2 =:= 0 -> collatz(N div 2, Steps + 1);
collatz(N, Steps) -> collatz(3 * N + 1, Steps + 1).

digits(N, Acc) when N < 10 -> [N | Acc];
digits(N, Acc) -> digits(N div 10, [N rem 10 | Acc]).
