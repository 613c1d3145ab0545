%% FACT (Pyrlang's benchmark): a tail-recursive factorial that keeps its accumulator
%% small with a remainder, so it runs on small integers only; every iteration calls the
%% arithmetic BIFs -, * and rem. It computes (P-1)! mod P for the prime P = 1000003,
%% which Wilson's theorem says is P - 1, ROUNDS times: ROUNDS * 1000002 iterations.
-module(fact).
-export([main/0, main/1]).

-define(P, 1000003).

main() -> main(["60"]).

main([Rounds]) ->
    R = list_to_integer(Rounds),
    T0 = erlang:monotonic_time(nanosecond),
    Results = run(R, []),
    T1 = erlang:monotonic_time(nanosecond),
    Ok = lists:all(fun(X) -> X =:= ?P - 1 end, Results),
    io:format("fact: ~w rounds of (~w-1)! mod ~w, all equal to ~w: ~w~n", [R, ?P, ?P, ?P - 1, Ok]),
    io:format("metric ~.3f s ~w iterations~n", [(T1 - T0) / 1.0e9, R * (?P - 1)]).

run(0, Acc) -> Acc;
run(R, Acc) -> run(R - 1, [fact_mod(?P - 1, 1) | Acc]).

fact_mod(0, Acc) -> Acc;
fact_mod(N, Acc) -> fact_mod(N - 1, (Acc * N) rem ?P).
