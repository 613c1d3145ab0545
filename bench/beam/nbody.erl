%% N-body (the Computer Language Benchmarks Game's program): five bodies, STEPS steps of
%% 0.01; floats in tuples. Prints the energy before and after to nine decimals; for 1000
%% steps the Benchmarks Game's published values are -0.169075164 and -0.169087605; for
%% the default 400,000 steps the same algorithm in Python gives -0.169092782, as erl does.
-module(nbody).
-export([main/0, main/1]).

-define(PI, 3.141592653589793).
-define(SOLAR_MASS, (4 * ?PI * ?PI)).
-define(DAYS_PER_YEAR, 365.24).

main() -> main(["400000"]).

main([Steps]) ->
    N = list_to_integer(Steps),
    Bodies = offset_momentum(bodies()),
    io:format("~.9f~n", [energy(Bodies)]),
    T0 = erlang:monotonic_time(nanosecond),
    Final = run(N, Bodies),
    T1 = erlang:monotonic_time(nanosecond),
    io:format("~.9f~n", [energy(Final)]),
    io:format("metric ~.3f s ~w steps~n", [(T1 - T0) / 1.0e9, N]).

run(0, Bs) -> Bs;
run(N, Bs) -> run(N - 1, advance(Bs, 0.01)).

bodies() ->
    [{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ?SOLAR_MASS},
     {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * ?DAYS_PER_YEAR, 7.69901118419740425e-03 * ?DAYS_PER_YEAR,
      -6.90460016972063023e-05 * ?DAYS_PER_YEAR, 9.54791938424326609e-04 * ?SOLAR_MASS},
     {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * ?DAYS_PER_YEAR, 4.99852801234917238e-03 * ?DAYS_PER_YEAR,
      2.30417297573763929e-05 * ?DAYS_PER_YEAR, 2.85885980666130812e-04 * ?SOLAR_MASS},
     {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * ?DAYS_PER_YEAR, 2.37847173959480950e-03 * ?DAYS_PER_YEAR,
      -2.96589568540237556e-05 * ?DAYS_PER_YEAR, 4.36624404335156298e-05 * ?SOLAR_MASS},
     {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * ?DAYS_PER_YEAR, 1.62824170038242295e-03 * ?DAYS_PER_YEAR,
      -9.51592254519715870e-05 * ?DAYS_PER_YEAR, 5.15138902046611451e-05 * ?SOLAR_MASS}].

offset_momentum([{X, Y, Z, _, _, _, M} = Sun | Rest] = Bs) ->
    {Px, Py, Pz} = lists:foldl(fun({_, _, _, Vx, Vy, Vz, Mi}, {Ax, Ay, Az}) ->
                                       {Ax + Vx * Mi, Ay + Vy * Mi, Az + Vz * Mi}
                               end, {0.0, 0.0, 0.0}, Bs),
    _ = Sun,
    [{X, Y, Z, -Px / ?SOLAR_MASS, -Py / ?SOLAR_MASS, -Pz / ?SOLAR_MASS, M} | Rest].

energy(Bs) -> energy(Bs, 0.0).
energy([], E) -> E;
energy([{X, Y, Z, Vx, Vy, Vz, M} | Rest], E) ->
    E1 = E + 0.5 * M * (Vx * Vx + Vy * Vy + Vz * Vz),
    energy(Rest, pair_energy(X, Y, Z, M, Rest, E1)).

pair_energy(_, _, _, _, [], E) -> E;
pair_energy(X, Y, Z, M, [{X2, Y2, Z2, _, _, _, M2} | Rest], E) ->
    Dx = X - X2, Dy = Y - Y2, Dz = Z - Z2,
    pair_energy(X, Y, Z, M, Rest, E - M * M2 / math:sqrt(Dx * Dx + Dy * Dy + Dz * Dz)).

advance(Bs, Dt) ->
    Moved = velocities(Bs, Dt),
    [{X + Dt * Vx, Y + Dt * Vy, Z + Dt * Vz, Vx, Vy, Vz, M} || {X, Y, Z, Vx, Vy, Vz, M} <- Moved].

%% Each body's velocity changes by its interaction with every later body (and those
%% bodies change too); the first body is done when the rest have been visited.
velocities([], _) -> [];
velocities([B | Rest], Dt) ->
    {B2, Rest2} = interact(B, Rest, Dt, []),
    [B2 | velocities(Rest2, Dt)].

interact(B, [], _, Acc) -> {B, lists:reverse(Acc)};
interact({X, Y, Z, Vx, Vy, Vz, M}, [{X2, Y2, Z2, Vx2, Vy2, Vz2, M2} | Rest], Dt, Acc) ->
    Dx = X - X2, Dy = Y - Y2, Dz = Z - Z2,
    D2 = Dx * Dx + Dy * Dy + Dz * Dz,
    Mag = Dt / (D2 * math:sqrt(D2)),
    interact({X, Y, Z, Vx - Dx * M2 * Mag, Vy - Dy * M2 * Mag, Vz - Dz * M2 * Mag, M}, Rest, Dt,
             [{X2, Y2, Z2, Vx2 + Dx * M * Mag, Vy2 + Dy * M * Mag, Vz2 + Dz * M * Mag, M2} | Acc]).
