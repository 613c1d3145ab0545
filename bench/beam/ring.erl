%% Process ring (Erjang's ring benchmark): PROCS processes in a ring pass a token around
%% ROUNDS times; the result is the number of hops and the time per hop (one message
%% send, its receive, and the next send's setup).
-module(ring).
-export([main/0, main/1]).

main() -> main(["10000", "200"]).

main([Procs, Rounds]) ->
    N = list_to_integer(Procs),
    M = list_to_integer(Rounds),
    Self = self(),
    First = spawn(fun() -> first(Self, N) end),
    receive {ready, First} -> ok end,
    T0 = erlang:monotonic_time(nanosecond),
    First ! {go, N * M},
    Hops = receive {done, First, H} -> H end,
    T1 = erlang:monotonic_time(nanosecond),
    io:format("ring: ~w processes, ~w rounds, ~w hops: ~w~n", [N, M, Hops, Hops =:= N * M]),
    io:format("metric ~.1f ns/hop~n", [(T1 - T0) / Hops]).

first(Main, N) ->
    Next = build(N - 1, self()),
    Main ! {ready, self()},
    receive {go, Total} -> Next ! Total - 1 end,
    first_loop(Main, Next, Total).

first_loop(Main, Next, Total) ->
    receive
        0 -> Main ! {done, self(), Total};
        K -> Next ! K - 1, first_loop(Main, Next, Total)
    end.

build(0, Next) -> Next;
build(K, Next) -> build(K - 1, spawn(fun() -> ring_node(Next) end)).

ring_node(Next) ->
    receive
        0 -> Next ! 0;
        K -> Next ! K - 1, ring_node(Next)
    end.
