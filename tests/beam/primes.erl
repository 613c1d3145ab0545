%% Primes: a sieve of Eratosthenes over a tuple-free list representation, trial
%% division, Miller-Rabin on big integers, prime factorisation, and a few counts.
-module(primes).
-export([main/0]).

main() ->
    Ps = sieve(100000),
    io:format("~w primes below 100000~n", [length(Ps)]),
    io:format("first: ~w~n", [lists:sublist(Ps, 15)]),
    io:format("last: ~w~n", [lists:nthtail(length(Ps) - 5, Ps)]),
    io:format("sum: ~w~n", [lists:sum(Ps)]),
    io:format("~w~n", [[N || N <- lists:seq(1, 60), is_prime_td(N)]]),
    io:format("~w~n", [[factor(N) || N <- [360, 97, 1001, 65536, 123456789, 600851475143]]]),
    Mersenne = [P || P <- lists:seq(2, 130), is_prime_td(P), miller_rabin((1 bsl P) - 1)],
    io:format("Mersenne exponents: ~w~n", [Mersenne]),
    io:format("~w~n", [miller_rabin(170141183460469231731687303715884105727)]),
    io:format("~w~n", [miller_rabin(170141183460469231731687303715884105729)]),
    io:format("twin primes below 1000: ~w~n", [length([P || P <- sieve(1000), is_prime_td(P + 2)])]),
    io:format("goldbach 1000: ~w~n", [hd([{P, 1000 - P} || P <- Ps, is_prime_td(1000 - P)])]),
    ok.

sieve(N) -> sieve(lists:seq(2, N), N, []).
sieve([P | T], N, Acc) when P * P > N -> lists:reverse(Acc, [P | T]);
sieve([P | T], N, Acc) -> sieve([X || X <- T, X rem P =/= 0], N, [P | Acc]).

is_prime_td(N) when N < 2 -> false;
is_prime_td(2) -> true;
is_prime_td(N) when N rem 2 =:= 0 -> false;
is_prime_td(N) -> td(N, 3).
td(N, D) when D * D > N -> true;
td(N, D) when N rem D =:= 0 -> false;
td(N, D) -> td(N, D + 2).

factor(N) -> factor(N, 2, []).
factor(1, _, Acc) -> lists:reverse(Acc);
factor(N, D, Acc) when D * D > N -> lists:reverse([N | Acc]);
factor(N, D, Acc) when N rem D =:= 0 -> factor(N div D, D, [D | Acc]);
factor(N, 2, Acc) -> factor(N, 3, Acc);
factor(N, D, Acc) -> factor(N, D + 2, Acc).

miller_rabin(N) when N < 2 -> false;
miller_rabin(N) when N < 4 -> true;
miller_rabin(N) when N rem 2 =:= 0 -> false;
miller_rabin(N) ->
    {D, S} = split(N - 1, 0),
    lists:all(fun(A) -> A rem N =:= 0 orelse witness_ok(A, D, S, N) end,
              [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]).

split(D, S) when D rem 2 =:= 0 -> split(D div 2, S + 1);
split(D, S) -> {D, S}.

witness_ok(A, D, S, N) ->
    X = powmod(A, D, N),
    X =:= 1 orelse X =:= N - 1 orelse square_loop(X, S - 1, N).

square_loop(_, 0, _) -> false;
square_loop(X, K, N) ->
    Y = X * X rem N,
    Y =:= N - 1 orelse (Y =/= 1 andalso square_loop(Y, K - 1, N)).

powmod(_, 0, _) -> 1;
powmod(B, E, M) when E rem 2 =:= 0 -> H = powmod(B, E div 2, M), H * H rem M;
powmod(B, E, M) -> B * powmod(B, E - 1, M) rem M.
