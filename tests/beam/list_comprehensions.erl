%% List comprehensions: generators, filters, several generators, patterns that skip
%% non-matching elements, nesting, and classic algorithms written with them.
-module(list_comprehensions).
-export([main/0]).

main() ->
    io:format("~w~n", [[X * X || X <- lists:seq(1, 10)]]),
    io:format("~w~n", [[X || X <- lists:seq(1, 30), X rem 3 =:= 0, X rem 2 =:= 1]]),
    io:format("~w~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b]]]),
    io:format("~w~n", [[{A, B, C} || C <- lists:seq(1, 30), B <- lists:seq(1, C), A <- lists:seq(1, B),
                                     A * A + B * B =:= C * C]]),
    io:format("~w~n", [[X || {ok, X} <- [{ok, 1}, {error, 2}, {ok, 3}, nope]]]),
    io:format("~w~n", [[X || X <- [1, a, 2.0, "s", {t}], is_number(X)]]),
    io:format("~w~n", [qsort([5, 3, 8, 1, 9, 2, 7, 3])]),
    io:format("~w~n", [perms([1, 2, 3])]),
    io:format("~w~n", [length(perms(lists:seq(1, 6)))]),
    io:format("~w~n", [primes(60)]),
    io:format("~w~n", [[[X * Y || X <- lists:seq(1, 4)] || Y <- lists:seq(1, 3)]]),
    io:format("~w~n", [transpose([[1, 2, 3], [4, 5, 6]])]),
    io:format("~s~n", [[C || C <- "Hello, World!", C >= $a, C =< $z]]),
    io:format("~w~n", [[X || X <- [], X > 1]]),
    Y = 2,
    io:format("~w~n", [[X || {X, Y0} <- [{a, 1}, {b, 2}, {c, 2}], Y0 =:= Y]]),
    io:format("~w~n", [[X || {X, Y} <- [{a, 1}, {b, 2}, {c, 2}]]]),
    io:format("~w~n", [[{I, J} || I <- lists:seq(1, 4), J <- lists:seq(I, 4), I + J =:= 5]]),
    io:format("~w~n", [[X || <<X>> <= <<"abc">>]]),
    io:format("~w~n", [maps:from_list([{K, K * K} || K <- lists:seq(1, 5)])]),
    io:format("~w~n", [[X || X <- lists:seq(1, 5), begin Z = X * 2, Z > 5 end]]),
    io:format("~w~n", [lists:sum([X || X <- lists:seq(1, 100000), X rem 7 =:= 0])]),
    ok.

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

primes(N) -> sieve(lists:seq(2, N)).
sieve([]) -> [];
sieve([P | T]) -> [P | sieve([X || X <- T, X rem P =/= 0])].

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].
