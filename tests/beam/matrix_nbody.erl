%% Floating-point workloads: matrix multiplication and determinants over lists of lists,
%% a few steps of an n-body simulation with tuples of floats, and Newton's method.
-module(matrix_nbody).
-export([main/0]).

main() ->
    A = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]],
    B = [[0.5, 0.0, 1.0], [1.5, -1.0, 0.0], [0.0, 2.0, 0.25]],
    io:format("~p~n", [mmul(A, B)]),
    io:format("~p~n", [det(A)]),
    io:format("~p~n", [det(identity(5))]),
    io:format("~p~n", [transpose(A)]),
    P = mpow([[1, 1], [1, 0]], 90),
    io:format("~p~n", [P]),
    Bodies = bodies(),
    io:format("~.9f~n", [energy(Bodies)]),
    After = lists:foldl(fun(_, Bs) -> advance(Bs, 0.01) end, Bodies, lists:seq(1, 1000)),
    io:format("~.9f~n", [energy(After)]),
    io:format("~p~n", [newton_sqrt(2.0)]),
    io:format("~p~n", [newton_sqrt(1.0e10)]),
    ok.

mmul(A, B) ->
    BT = transpose(B),
    [[lists:sum(lists:zipwith(fun erlang:'*'/2, Row, Col)) || Col <- BT] || Row <- A].

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].

identity(N) -> [[if I =:= J -> 1.0; true -> 0.0 end || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].

mpow(M, 1) -> M;
mpow(M, N) when N rem 2 =:= 0 -> H = mpow(M, N div 2), mmul(H, H);
mpow(M, N) -> mmul(M, mpow(M, N - 1)).

det([[X]]) -> X;
det([Row | Rest]) ->
    lists:sum([sign(J) * X * det(minor(J, Rest)) || {J, X} <- lists:enumerate(Row)]).
sign(J) when J rem 2 =:= 1 -> 1;
sign(_) -> -1.
minor(J, Rows) -> [[X || {K, X} <- lists:enumerate(R), K =/= J] || R <- Rows].

-define(PI, 3.141592653589793).
-define(SOLAR_MASS, (4 * ?PI * ?PI)).
-define(DAYS, 365.24).

bodies() ->
    Planets = [
        {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
         9.54791938424326609e-04},
        {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
         2.85885980666130812e-04},
        {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
         4.36624404335156298e-05},
        {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
         5.15138902046611451e-05}],
    Ps = [{X, Y, Z, Vx * ?DAYS, Vy * ?DAYS, Vz * ?DAYS, M * ?SOLAR_MASS} || {X, Y, Z, Vx, Vy, Vz, M} <- Planets],
    {Px, Py, Pz} = lists:foldl(fun({_, _, _, Vx, Vy, Vz, M}, {Ax, Ay, Az}) -> {Ax + Vx * M, Ay + Vy * M, Az + Vz * M} end,
                               {0.0, 0.0, 0.0}, Ps),
    [{0.0, 0.0, 0.0, -Px / ?SOLAR_MASS, -Py / ?SOLAR_MASS, -Pz / ?SOLAR_MASS, ?SOLAR_MASS} | Ps].

energy(Bs) -> energy(Bs, 0.0).
energy([], E) -> E;
energy([{X, Y, Z, Vx, Vy, Vz, M} | Rest], E) ->
    E1 = E + 0.5 * M * (Vx * Vx + Vy * Vy + Vz * Vz),
    energy(Rest, lists:foldl(fun({X2, Y2, Z2, _, _, _, M2}, Acc) ->
                                     Dx = X - X2, Dy = Y - Y2, Dz = Z - Z2,
                                     Acc - M * M2 / math:sqrt(Dx * Dx + Dy * Dy + Dz * Dz)
                             end, E1, Rest)).

advance(Bs, Dt) ->
    Vs = velocities(Bs, Dt),
    [{X + Dt * Vx, Y + Dt * Vy, Z + Dt * Vz, Vx, Vy, Vz, M} || {X, Y, Z, Vx, Vy, Vz, M} <- Vs].

velocities([], _) -> [];
velocities([B | Rest], Dt) ->
    {Rest2, B2} = lists:mapfoldl(fun(O, Acc) -> pair(Acc, O, Dt) end, B, Rest),
    [B2 | velocities(Rest2, Dt)].

pair({X, Y, Z, Vx, Vy, Vz, M}, {X2, Y2, Z2, Vx2, Vy2, Vz2, M2}, Dt) ->
    Dx = X - X2, Dy = Y - Y2, Dz = Z - Z2,
    D2 = Dx * Dx + Dy * Dy + Dz * Dz,
    Mag = Dt / (D2 * math:sqrt(D2)),
    {{X2, Y2, Z2, Vx2 + Dx * M * Mag, Vy2 + Dy * M * Mag, Vz2 + Dz * M * Mag, M2},
     {X, Y, Z, Vx - Dx * M2 * Mag, Vy - Dy * M2 * Mag, Vz - Dz * M2 * Mag, M}}.

newton_sqrt(X) -> newton(X, X / 2, 0).
newton(X, G, N) ->
    G2 = (G + X / G) / 2,
    if abs(G2 - G) < 1.0e-12 * G -> {G2, N}; true -> newton(X, G2, N + 1) end.
