%% Timers: erlang:send_after and start_timer delivering in expiry order, cancel_timer
%% and read_timer, timer:sleep, receive ... after with computed timeouts, and
%% monotonic time moving forward by at least the time slept.
-module(timers).
-export([main/0]).

main() ->
    Self = self(),
    erlang:send_after(120, Self, third),
    erlang:send_after(40, Self, first),
    erlang:send_after(80, Self, second),
    io:format("~w~n", [[receive M -> M end || _ <- [1, 2, 3]]]),
    Ref = erlang:start_timer(30, Self, payload),
    receive {timeout, Ref, Msg} -> io:format("start_timer: ~w~n", [Msg]) end,
    T = erlang:send_after(10000, Self, never),
    Left = erlang:read_timer(T),
    io:format("read_timer: ~w~n", [is_integer(Left) andalso Left > 5000 andalso Left =< 10000]),
    Left2 = erlang:cancel_timer(T),
    io:format("cancel_timer: ~w~n", [is_integer(Left2) andalso Left2 > 5000]),
    io:format("cancel again: ~w read: ~w~n", [erlang:cancel_timer(T), erlang:read_timer(T)]),
    io:format("~w~n", [receive never -> got_cancelled_message after 150 -> nothing end]),
    T0 = erlang:monotonic_time(millisecond),
    ok = timer:sleep(100),
    T1 = erlang:monotonic_time(millisecond),
    io:format("slept at least 100 ms: ~w~n", [T1 - T0 >= 100]),
    T2 = erlang:monotonic_time(millisecond),
    receive after 60 -> ok end,
    T3 = erlang:monotonic_time(millisecond),
    io:format("after 60 waited at least 60 ms: ~w~n", [T3 - T2 >= 60]),
    io:format("~w~n", [wait_for(nothing, 25)]),
    Delays = [50, 10, 70, 30, 90, 20],
    [erlang:send_after(D, Self, {tick, D}) || D <- Delays],
    io:format("~w~n", [[receive {tick, D} -> D end || _ <- Delays]]),
    Pid = spawn(fun() -> receive {ping, From} -> timer:sleep(30), From ! pong end end),
    Pid ! {ping, Self},
    io:format("~w~n", [receive pong -> pong after 5000 -> no_pong end]),
    erlang:send_after(0, Self, immediate),
    io:format("~w~n", [receive immediate -> immediate end]),
    io:format("~w~n", [is_integer(erlang:system_time(second)) andalso erlang:system_time(second) > 1600000000]),
    {Mega, Sec, Micro} = os:timestamp(),
    io:format("~w~n", [is_integer(Mega + Sec + Micro)]),
    ok.

wait_for(Msg, Timeout) ->
    receive Msg -> got after Timeout * 2 -> {timed_out_after, Timeout * 2} end.
