%% OTP's rand module with explicit seeds (its algorithms are pure Erlang over integer
%% arithmetic, so every seeded sequence is fixed): uniform integers and floats, normal
%% variates, exported states, and a Monte Carlo estimate of pi.
-module(otp_rand).
-export([main/0]).

main() ->
    S0 = rand:seed_s(exsss, {1, 2, 3}),
    {Ints, S1} = take(10, fun(S) -> rand:uniform_s(100, S) end, S0),
    io:format("~w~n", [Ints]),
    {Floats, S2} = take(3, fun rand:uniform_s/1, S1),
    io:format("~p~n", [Floats]),
    {Normals, _} = take(3, fun rand:normal_s/1, S2),
    io:format("~p~n", [Normals]),
    [begin
         {L, _} = take(5, fun(S) -> rand:uniform_s(1000000, S) end, rand:seed_s(Alg, {42, 42, 42})),
         io:format("~w ~w~n", [Alg, L])
     end || Alg <- [exsss, exro928ss, exrop, exs1024s, exsp]],
    _ = rand:seed(exsss, {7, 8, 9}),
    A = [rand:uniform(6) || _ <- lists:seq(1, 20)],
    _ = rand:seed(exsss, {7, 8, 9}),
    B = [rand:uniform(6) || _ <- lists:seq(1, 20)],
    io:format("~w ~w~n", [A, A =:= B]),
    State = rand:export_seed_s(rand:seed_s(exsss, {1, 1, 1})),
    {X1, _} = rand:uniform_s(rand:seed_s(State)),
    {X2, _} = rand:uniform_s(rand:seed_s(exsss, {1, 1, 1})),
    io:format("~w~n", [X1 =:= X2]),
    {Hits, _} = lists:foldl(fun(_, {H, S}) ->
                                    {X, Sa} = rand:uniform_s(S),
                                    {Y, Sb} = rand:uniform_s(Sa),
                                    {if X * X + Y * Y =< 1.0 -> H + 1; true -> H end, Sb}
                            end, {0, rand:seed_s(exsss, {3, 1, 4})}, lists:seq(1, 20000)),
    io:format("pi ~~ ~.4f~n", [4 * Hits / 20000]),
    {Shuffled, _} = shuffle(lists:seq(1, 15), rand:seed_s(exsss, {5, 5, 5})),
    io:format("~w~n", [Shuffled]),
    ok.

take(0, _, S) -> {[], S};
take(N, F, S) -> {V, S2} = F(S), {Vs, S3} = take(N - 1, F, S2), {[V | Vs], S3}.

shuffle(L, S) ->
    {Keyed, S2} = lists:mapfoldl(fun(X, Acc) -> {K, Acc2} = rand:uniform_s(Acc), {{K, X}, Acc2} end, S, L),
    {[X || {_, X} <- lists:sort(Keyed)], S2}.
