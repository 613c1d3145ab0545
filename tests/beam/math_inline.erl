%% The math functions of one float, which the translator runs inline when the argument is
%% a float and the result finite, and through the BIF otherwise: integers, non-numbers,
%% results that are NaN or infinite (badarith), each also in a tail call and in a guard-
%% free try.
-module(math_inline).
-export([main/0]).

fns() -> [sqrt, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, log,
          log2, log10, erf, erfc, ceil, floor].

apply1(F, X) ->
    try math:F(X) of
        R -> {ok, R}
    catch
        C:E -> {C, E}
    end.

%% The same functions called by name: each call is a call_ext the translator inlines.
-define(TRY(E), try E of R -> {ok, R} catch C:Err -> {C, Err} end).
inline_all(X) ->
    [?TRY(math:sqrt(X)), ?TRY(math:sin(X)), ?TRY(math:cos(X)), ?TRY(math:tan(X)), ?TRY(math:asin(X)),
     ?TRY(math:acos(X)), ?TRY(math:atan(X)), ?TRY(math:sinh(X)), ?TRY(math:cosh(X)), ?TRY(math:tanh(X)),
     ?TRY(math:asinh(X)), ?TRY(math:acosh(X)), ?TRY(math:atanh(X)), ?TRY(math:exp(X)), ?TRY(math:log(X)),
     ?TRY(math:log2(X)), ?TRY(math:log10(X)), ?TRY(math:erf(X)), ?TRY(math:erfc(X)), ?TRY(math:ceil(X)),
     ?TRY(math:floor(X))].

sqrt_tail(X) -> math:sqrt(X).
log_tail(X) -> math:log(X).

sum_roots(0, Acc) -> Acc;
sum_roots(N, Acc) -> sum_roots(N - 1, Acc + math:sqrt(float(N)) + math:sqrt(N)).

top_frame(F) ->
    try F() catch C:E:St -> {C, E, hd(St)} end.

main() ->
    Inputs = [0.5, 2.0, -0.5, 4, 0, 1.0e300, -1.0e300, foo],
    lists:foreach(fun(X) ->
                          ByName = inline_all(X),
                          ByApply = [apply1(F, X) || F <- fns()],
                          io:format("~w: ~w~n  same by apply: ~w~n", [X, ByName, ByName =:= ByApply])
                  end, Inputs),
    io:format("~w ~w ~w~n", [sqrt_tail(2.25), sqrt_tail(9), log_tail(1.0)]),
    io:format("~w~n", [top_frame(fun() -> sqrt_tail(-1.0) end)]),
    io:format("~w~n", [top_frame(fun() -> log_tail(0.0) end)]),
    io:format("~w~n", [top_frame(fun() -> sqrt_tail(bar) end)]),
    io:format("~.6f~n", [sum_roots(1000, 0.0)]).
