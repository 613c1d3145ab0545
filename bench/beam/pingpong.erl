%% Ping-pong: two processes bounce a counter EXCHANGES times; pong answers K with K + 1.
%% The result is the number of messages (two per exchange), checked through the sum of
%% the answers, and the time per message.
-module(pingpong).
-export([main/0, main/1]).

main() -> main(["1000000"]).

main([Exchanges]) ->
    N = list_to_integer(Exchanges),
    Self = self(),
    Pong = spawn(fun pong/0),
    T0 = erlang:monotonic_time(nanosecond),
    Ping = spawn(fun() -> ping(Pong, Self, N, 0) end),
    Sum = receive {done, Ping, S} -> S end,
    T1 = erlang:monotonic_time(nanosecond),
    io:format("pingpong: ~w exchanges, ~w messages, sum of answers ~w: ~w~n",
              [N, 2 * N, Sum, Sum =:= N * (N + 1) div 2 + N]),
    io:format("metric ~.1f ns/msg~n", [(T1 - T0) / (2 * N)]).

ping(Pong, Main, 0, Sum) ->
    Pong ! stop,
    Main ! {done, self(), Sum};
ping(Pong, Main, K, Sum) ->
    Pong ! {self(), K},
    receive Answer -> ping(Pong, Main, K - 1, Sum + Answer) end.

pong() ->
    receive
        {From, K} -> From ! K + 1, pong();
        stop -> ok
    end.
