%% Float code as erlc compiles it into float registers: values loaded from tuples and
%% lists, the same register read after its source is overwritten, results stored back
%% into tuples, overflow inside and outside try, loops whose arguments are constants
%% and swapped registers.
-module(float_registers).
-export([main/0]).

main() ->
    P = {1.5, -2.25, 3.0e10},
    io:format("~p~n", [scale(P, 2.0)]),
    io:format("~p~n", [rotate({1.0, 0.0}, 0.5, 10)]),
    io:format("~p~n", [reuse({2.0, 3.0}, {5.0, 7.0})]),
    io:format("~p~n", [sum_squares([1.0, 2.5, -3.25, 4.0e-3], 0.0)]),
    io:format("~p~n", [overflow(1.0e300)]),
    io:format("~p~n", [overflow(1.0)]),
    io:format("~p~n", [divide(1.0, 0.0)]),
    io:format("~p~n", [mixed(3, 4.5)]),
    io:format("~p~n", [swap_loop(1.0, 2.0, 5, false)]),
    io:format("~p~n", [neg({4.0, -0.0})]),
    io:format("~p~n", [catch_badarith({1.0e308, 10.0})]),
    io:format("~p~n", [bodies([{0.0, 1.0, 1.0}, {1.0, 0.0, 2.0}, {3.0, 4.0, 0.5}])]).

scale({X, Y, Z}, F) -> {X * F, Y * F, Z * F + X}.

%% Reassigns every coordinate each step: the float registers hold the old values
%% while the new ones are computed.
rotate({X, Y}, _, 0) -> {X, Y};
rotate({X, Y}, A, N) ->
    C = 1.0 - A * A / 2.0,
    S = A - A * A * A / 6.0,
    rotate({X * C - Y * S, X * S + Y * C}, A, N - 1).

%% A and B are read, their tuple slots overwritten in new tuples, then read again.
reuse({A, B}, {C, D}) ->
    E = A * C + B * D,
    T = {E, A - B},
    {X, Y} = T,
    {X * Y, A / D, B - C, element(1, T) + A}.

sum_squares([], Acc) -> Acc;
sum_squares([H | T], Acc) -> sum_squares(T, Acc + H * H).

overflow(X) ->
    try X * X * 1.0e10 of
        R -> {ok, R}
    catch
        error:badarith -> overflow
    end.

divide(A, B) ->
    try A / B
    catch C:E -> {C, E}
    end.

mixed(I, F) -> {I * F, F - I, float(I) / F, I + 2 * F}.

%% A loop whose tail call swaps its float arguments and passes a constant.
swap_loop(A, B, 0, Flag) -> {A, B, Flag};
swap_loop(A, B, N, _) -> swap_loop(B * 1.5, A + 0.25, N - 1, true).

neg({A, B}) -> {-A, -B, -(A * B), 0.0 - B}.

catch_badarith({A, B}) ->
    R = (catch A * B * B),
    {caught, element(1, R), A + B}.

%% Pairwise interaction, as in n-body: three floats per body, every pair.
bodies(Bs) -> bodies(Bs, []).
bodies([], Acc) -> lists:reverse(Acc);
bodies([{X, Y, M} | Rest], Acc) ->
    F = lists:foldl(fun({X2, Y2, M2}, Sum) ->
                            Dx = X - X2, Dy = Y - Y2,
                            D2 = Dx * Dx + Dy * Dy,
                            Sum + M * M2 / (D2 * math:sqrt(D2))
                    end, 0.0, Rest),
    bodies(Rest, [{X, Y, F} | Acc]).
