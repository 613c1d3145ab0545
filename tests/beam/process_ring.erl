%% A ring of processes (as in the Erjang ring benchmark, smaller): N processes each
%% forwarding a token to the next, M times around; every process counts the hops it saw
%% and the ring is torn down in order.
-module(process_ring).
-export([main/0]).

main() ->
    run(10, 5),
    run(1000, 20),
    run(3, 1000),
    ok.

run(N, M) ->
    Self = self(),
    First = spawn(fun() -> first(Self, N, M) end),
    receive
        {ring_done, First, Hops, Counts} ->
            io:format("ring of ~w, ~w rounds: ~w hops, every process saw ~w~n",
                      [N, M, Hops, lists:usort(Counts)])
    end.

%% The first process builds the rest of the ring, then injects the token.
first(Main, N, M) ->
    Next = build(N - 1, self()),
    Next ! {token, 1},
    Hops = first_loop(Next, M, 1),
    Next ! {stop, []},
    receive {stop, Counts} -> Main ! {ring_done, self(), Hops, [M | Counts]} end.

first_loop(Next, M, Round) ->
    receive
        {token, H} when Round =:= M -> H;
        {token, H} -> Next ! {token, H + 1}, first_loop(Next, M, Round + 1)
    end.

build(0, First) -> First;
build(K, First) ->
    Next = build(K - 1, First),
    spawn(fun() -> node_loop(Next, 0) end).

node_loop(Next, Count) ->
    receive
        {token, H} -> Next ! {token, H + 1}, node_loop(Next, Count + 1);
        {stop, Counts} -> Next ! {stop, [Count | Counts]}
    end.
