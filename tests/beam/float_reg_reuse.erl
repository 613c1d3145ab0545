%% Float registers the translator leaves as copies of the x register they were loaded
%% from: in chain/2, erlc loads fr1 from x2, then overwrites x2 while fr1 is still to be
%% read, so the copy must be made there; fr registers that are overwritten before they
%% are read, or that die at the tail call, need none.
-module(float_reg_reuse).
-export([main/0]).

mix({A, B, C}, {D, E, F}) when is_float(A), is_float(B), is_float(C), is_float(D), is_float(E), is_float(F) ->
    P = A * D, Q = B * E, R = C * F,
    {P + Q + R, P - Q - R, (A - B) * (C - D) / (E + F)}.

chain([], Acc) -> Acc;
chain([{X, Y} | T], {S1, S2}) ->
    chain(T, {S1 + X * Y, S2 + (X - Y) * (X + Y)}).

main() ->
    io:format("~p~n", [mix({1.5, 2.25, -3.0}, {0.5, 4.0, 8.125})]),
    L = [{float(I) / 7, float(I * I) / 3} || I <- lists:seq(1, 20)],
    io:format("~p~n", [chain(L, {0.0, 0.0})]).
