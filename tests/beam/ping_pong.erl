%% Ping-pong: two processes bounce a counter back and forth; then several pairs play
%% at once and each reports its own total.
-module(ping_pong).
-export([main/0]).

main() ->
    Self = self(),
    Pong = spawn(fun pong/0),
    Ping = spawn(fun() -> ping(Pong, 10000, Self) end),
    receive {ping_done, Ping, N} -> io:format("ping finished after ~w exchanges~n", [N]) end,
    Pairs = [begin
                 P = spawn(fun pong/0),
                 spawn(fun() -> ping(P, K * 100, Self) end)
             end || K <- lists:seq(1, 8)],
    io:format("~w~n", [[receive {ping_done, Pid, C} -> C end || Pid <- Pairs]]),
    Log = rally(6),
    io:format("~p~n", [Log]),
    ok.

ping(Pong, N, Main) ->
    Pong ! {ping, self(), 0},
    ping_loop(Pong, N, Main).

ping_loop(Pong, N, Main) ->
    receive
        {pong, C} when C >= N -> Pong ! stop, Main ! {ping_done, self(), C};
        {pong, C} -> Pong ! {ping, self(), C + 1}, ping_loop(Pong, N, Main)
    end.

pong() ->
    receive
        {ping, From, C} -> From ! {pong, C}, pong();
        stop -> ok
    end.

%% Each side appends its name to the rally log; the log returns to main at the end.
rally(Shots) ->
    Self = self(),
    B = spawn(fun() -> player(b) end),
    A = spawn(fun() -> player(a) end),
    A ! {ball, B, Shots, [], Self},
    receive {rally_over, Log} -> A ! quit, B ! quit, lists:reverse(Log) end.

player(Name) ->
    receive
        {ball, _Other, 0, Log, Main} -> Main ! {rally_over, [{Name, out} | Log]}, player(Name);
        {ball, Other, N, Log, Main} -> Other ! {ball, self(), N - 1, [{Name, N} | Log], Main}, player(Name);
        quit -> ok
    end.
