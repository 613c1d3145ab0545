%% A ring of N processes (default 1000) passes a counter round M times (default 10);
%% each hop adds one. Shows spawn, send and receive, and the result's pretty-printing.
-module(ring).
-export([main/0, main/1]).

main() -> main(["1000", "10"]).

main([N, M]) ->
    Procs = list_to_integer(N),
    Rounds = list_to_integer(M),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, self(), lists:seq(2, Procs)),
    First ! {hop, 0},
    Hops = pass(First, Rounds),
    io:format("~w hops through ~w processes~n", [Hops, Procs]),
    io:format("~p~n", [#{processes => Procs, rounds => Rounds, hops => Hops,
                         per_process => [{round, R} || R <- lists:seq(1, min(Rounds, 3))]}]).

%% The main process closes the ring: it receives each round's counter and sends it on.
pass(First, 1) ->
    receive {hop, K} -> First ! stop, K + 1 end;
pass(First, Rounds) ->
    receive {hop, K} -> First ! {hop, K + 1}, pass(First, Rounds - 1) end.

relay(Next) ->
    receive
        {hop, K} -> Next ! {hop, K + 1}, relay(Next);
        stop -> Next ! stop
    end.
