%% A process that never waits cannot starve the others: two processes spin in endless
%% loops (one of tail calls, one of body calls that return) while main waits on a timer,
%% exchanges messages with a third process, and ends the program.
-module(preemption).
-export([main/0]).

main() ->
    spawn(fun spin/0),
    spawn(fun() -> body_spin(0) end),
    Self = self(),
    Echo = spawn(fun() -> echo(Self) end),
    receive after 30 -> ok end,
    [Echo ! {ping, N} || N <- lists:seq(1, 5)],
    Got = [receive {pong, N} -> N end || N <- lists:seq(1, 5)],
    io:format("main ran: ~w~n", [Got]).

spin() -> spin().

body_spin(N) -> body_spin(step(N)).
step(N) -> (N + 1) rem 1000.

echo(To) ->
    receive {ping, N} -> To ! {pong, N}, echo(To) end.
