%% Spawn cost: spawn PROCS processes, in batches of 1000, each of which sends one message
%% to the parent and exits; the parent collects a batch before spawning the next, so at
%% most 1000 are alive at once. The time per process covers its spawn, one message and
%% its exit. The result is checked through the sum of the numbers the processes send.
-module(spawn).
-export([main/0, main/1]).

-define(BATCH, 1000).

main() -> main(["200000"]).

main([Procs]) ->
    N = list_to_integer(Procs) div ?BATCH * ?BATCH,
    T0 = erlang:monotonic_time(nanosecond),
    Sum = batches(N div ?BATCH, self(), 0),
    T1 = erlang:monotonic_time(nanosecond),
    io:format("spawn: ~w processes, sum ~w: ~w~n", [N, Sum, Sum =:= N div ?BATCH * (?BATCH * (?BATCH + 1) div 2)]),
    io:format("metric ~.1f ns/process~n", [(T1 - T0) / N]).

batches(0, _, Sum) -> Sum;
batches(B, Parent, Sum) ->
    spawn_batch(?BATCH, Parent),
    batches(B - 1, Parent, collect(?BATCH, Sum)).

spawn_batch(0, _) -> ok;
spawn_batch(K, Parent) ->
    spawn(fun() -> Parent ! {alive, K} end),
    spawn_batch(K - 1, Parent).

collect(0, Sum) -> Sum;
collect(K, Sum) -> receive {alive, I} -> collect(K - 1, Sum + I) end.
