%% Arbitrary-precision integers: growth past the machine word, arithmetic, division,
%% bitwise operations, conversions and comparisons mixing small and big integers.
-module(bignum).
-export([main/0]).

main() ->
    F100 = fact(100),
    io:format("100! = ~w~n", [F100]),
    io:format("digits of 100!: ~w~n", [length(integer_to_list(F100))]),
    io:format("2^64 = ~w, 2^64-1 = ~w~n", [1 bsl 64, (1 bsl 64) - 1]),
    io:format("2^200 = ~w~n", [pow(2, 200)]),
    io:format("-(2^100) = ~w~n", [-pow(2, 100)]),
    Big = pow(3, 150),
    io:format("3^150 div 7^40 = ~w~n", [Big div pow(7, 40)]),
    io:format("3^150 rem 7^40 = ~w~n", [Big rem pow(7, 40)]),
    io:format("-3^150 div 7 = ~w, rem ~w~n", [-Big div 7, -Big rem 7]),
    io:format("big * small ~w~n", [Big * -3]),
    io:format("big + small ~w~n", [(1 bsl 62) + (1 bsl 62)]),
    io:format("back to small ~w~n", [((1 bsl 70) + 5) - (1 bsl 70)]),
    io:format("band ~w~n", [pow(2, 100) - 1 band 16#FFFF0000FFFF0000FFFF]),
    io:format("bor ~w~n", [(1 bsl 90) bor 1]),
    io:format("bxor ~w~n", [pow(2, 80) bxor (pow(2, 80) - 1)]),
    io:format("bnot ~w~n", [bnot pow(2, 70)]),
    io:format("neg band ~w~n", [-pow(2, 70) band (pow(2, 72) - 1)]),
    io:format("bsr ~w ~w~n", [pow(2, 100) bsr 98, -pow(2, 100) bsr 99]),
    io:format("hex ~s~n", [integer_to_list(pow(2, 100) - 1, 16)]),
    io:format("base36 ~s~n", [integer_to_list(F100 div pow(10, 120), 36)]),
    io:format("from string ~w~n", [list_to_integer("123456789012345678901234567890")]),
    io:format("from hex ~w~n", [list_to_integer("-DEADBEEFDEADBEEFDEADBEEF", 16)]),
    io:format("binary ~w~n", [integer_to_binary(pow(10, 30))]),
    io:format("compare ~w ~w ~w ~w~n",
              [pow(2, 100) > pow(2, 99), -pow(2, 100) < 5, pow(2, 64) == pow(2, 64) * 1.0,
               pow(2, 64) =:= pow(2, 64) * 1.0]),
    io:format("float of big ~w~n", [float(pow(2, 80))]),
    io:format("trunc of big float ~w~n", [trunc(1.0e20)]),
    io:format("abs ~w~n", [abs(-pow(5, 40))]),
    io:format("fib(300) = ~w~n", [fib(300, 0, 1)]),
    io:format("sum of digits of 2^1000 = ~w~n", [lists:sum([D - $0 || D <- integer_to_list(pow(2, 1000))])]),
    io:format("gcd ~w~n", [gcd(fact(30), pow(2, 40) * pow(3, 5))]),
    io:format("~p~n", [[pow(10, N) || N <- [17, 18, 19, 20, 38, 39]]]),
    io:format("~w~n", [lists:sort([pow(2, 70), -pow(2, 70), 0, 1.0e30, -1.0e30, 12])]),
    ok.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).

fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
