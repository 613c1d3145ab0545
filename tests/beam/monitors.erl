%% Monitors: spawn_monitor, monitor/2 on pids and registered names, 'DOWN' messages
%% with their reasons, noproc for dead targets, demonitor with and without flush, and
%% several monitors on one process.
-module(monitors).
-export([main/0]).

main() ->
    {P1, R1} = spawn_monitor(fun() -> exit(went_away) end),
    receive {'DOWN', R1, process, P1, Why1} -> io:format("1: ~w~n", [Why1]) end,
    {P2, R2} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R2, process, P2, Why2} -> io:format("2: ~w~n", [Why2]) end,
    {P3, R3} = spawn_monitor(fun() -> throw_it() end),
    receive {'DOWN', R3, process, P3, {Why3, _Stack}} -> io:format("3: ~w~n", [Why3]) end,
    R4 = monitor(process, P1),
    receive {'DOWN', R4, process, P1, Why4} -> io:format("4: ~w~n", [Why4]) end,
    P5 = spawn(fun() -> receive stop -> exit(stopped) end end),
    R5a = monitor(process, P5),
    R5b = monitor(process, P5),
    io:format("5: distinct refs ~w~n", [R5a =/= R5b]),
    P5 ! stop,
    receive {'DOWN', R5a, process, P5, W5a} -> io:format("5a: ~w~n", [W5a]) end,
    receive {'DOWN', R5b, process, P5, W5b} -> io:format("5b: ~w~n", [W5b]) end,
    P6 = spawn(fun() -> receive stop -> ok end end),
    R6 = monitor(process, P6),
    io:format("6: ~w~n", [demonitor(R6)]),
    P6 ! stop,
    io:format("6: ~w~n", [receive {'DOWN', R6, _, _, _} -> got_down after 50 -> no_down end]),
    P7 = spawn(fun() -> receive stop -> ok end end),
    R7 = monitor(process, P7),
    R7b = monitor(process, P7),
    P7 ! stop,
    receive {'DOWN', R7b, process, P7, normal} -> ok end,
    io:format("7: ~w~n", [demonitor(R7, [flush])]),
    io:format("7: ~w~n", [receive {'DOWN', R7, _, _, _} -> got_down after 0 -> flushed end]),
    P8 = spawn(fun() -> receive stop -> ok end end),
    register(monitored_name, P8),
    R8 = monitor(process, monitored_name),
    monitored_name ! stop,
    receive {'DOWN', R8, process, Item, Why8} -> io:format("8: ~w ~w~n", [Item, Why8]) end,
    R9 = monitor(process, no_such_registered_name),
    receive {'DOWN', R9, process, Item9, Why9} -> io:format("9: ~w ~w~n", [Item9, Why9]) end,
    Self = self(),
    Watcher = spawn(fun() ->
                            Target = spawn(fun() -> receive die -> exit({died, 42}) end end),
                            Ref = monitor(process, Target),
                            Self ! {target, Target},
                            receive {'DOWN', Ref, process, Target, W} -> Self ! {watcher_saw, W} end
                    end),
    receive {target, T} -> T ! die end,
    receive {watcher_saw, W10} -> io:format("10: ~w~n", [W10]) end,
    io:format("10: watcher is a pid ~w~n", [is_pid(Watcher)]),
    Refs = [element(2, spawn_monitor(fun() -> exit(N) end)) || N <- lists:seq(1, 5)],
    io:format("11: ~w~n", [[receive {'DOWN', R, process, _, W} -> W end || R <- Refs]]),
    io:format("12: ~w~n", [is_reference(make_ref()) andalso is_reference(R1)]),
    ok.

%% exit/1 rather than error/1: an error would make erl log a report (with a time stamp
%% and a pid) on standard output.
throw_it() -> exit({crash_reason_in_monitored, [extra, info]}).
