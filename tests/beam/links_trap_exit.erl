%% Links and exit signals: spawn_link, link/unlink, trap_exit turning signals into
%% {'EXIT', Pid, Reason} messages, normal exits that do not kill, kill and killed,
%% exit/2 sent to other processes, and propagation along a chain of linked processes.
-module(links_trap_exit).
-export([main/0]).

main() ->
    io:format("~w~n", [process_flag(trap_exit, true)]),
    P1 = spawn_link(fun() -> exit(custom_reason) end),
    receive {'EXIT', P1, R1} -> io:format("1: ~w~n", [R1]) end,
    P2 = spawn_link(fun() -> ok end),
    receive {'EXIT', P2, R2} -> io:format("2: ~w~n", [R2]) end,
    P3 = spawn_link(fun() -> receive never -> ok end end),
    exit(P3, kill),
    receive {'EXIT', P3, R3} -> io:format("3: ~w~n", [R3]) end,
    P4 = spawn_link(fun() -> receive never -> ok end end),
    exit(P4, shutdown),
    receive {'EXIT', P4, R4} -> io:format("4: ~w~n", [R4]) end,
    %% A normal exit signal does not kill a process that does not trap exits.
    P5 = spawn_link(fun() -> receive {ping, From} -> From ! pong end end),
    exit(P5, normal),
    P5 ! {ping, self()},
    receive pong -> io:format("5: survived normal exit signal~n") end,
    receive {'EXIT', P5, R5} -> io:format("5: ~w~n", [R5]) end,
    %% A trapping process gets the signal as a message, even 'normal'.
    Self = self(),
    P6 = spawn_link(fun() ->
                            process_flag(trap_exit, true),
                            Self ! ready,
                            receive {'EXIT', From, Why} -> Self ! {trapped, From =:= Self, Why} end
                    end),
    receive ready -> ok end,
    exit(P6, please_stop),
    receive {trapped, FromMain, Why6} -> io:format("6: ~w ~w~n", [FromMain, Why6]) end,
    receive {'EXIT', P6, R6} -> io:format("6: ~w~n", [R6]) end,
    %% kill cannot be trapped.
    P7 = spawn_link(fun() -> process_flag(trap_exit, true), Self ! ready7, receive _ -> ok end end),
    receive ready7 -> ok end,
    exit(P7, kill),
    receive {'EXIT', P7, R7} -> io:format("7: ~w~n", [R7]) end,
    %% A chain a - b - c: c dies, b does not trap and dies with the same reason.
    B = spawn_link(fun() ->
                           C = spawn_link(fun() -> receive die -> exit(chain_broken) end end),
                           Self ! {c, C},
                           receive never -> ok end
                   end),
    C = receive {c, Cpid} -> Cpid end,
    MonC = monitor(process, C),
    C ! die,
    receive {'DOWN', MonC, process, C, RC} -> io:format("8: c ~w~n", [RC]) end,
    receive {'EXIT', B, RB} -> io:format("8: b ~w~n", [RB]) end,
    %% kill propagates as killed.
    D = spawn_link(fun() ->
                           E = spawn_link(fun() -> receive never -> ok end end),
                           Self ! {e, E},
                           receive never -> ok end
                   end),
    E = receive {e, Epid} -> Epid end,
    exit(E, kill),
    receive {'EXIT', D, RD} -> io:format("9: ~w~n", [RD]) end,
    %% unlink: no signal afterwards.
    P10 = spawn(fun() -> receive go -> exit(unlinked_death) end end),
    link(P10),
    unlink(P10),
    Mon10 = monitor(process, P10),
    P10 ! go,
    receive {'DOWN', Mon10, process, P10, R10} -> io:format("10: ~w~n", [R10]) end,
    io:format("10: ~w~n", [receive {'EXIT', P10, _} -> unexpected after 50 -> no_exit_message end]),
    %% An error exit carries the reason and the stack; print the reason only.
    P11 = spawn_link(fun() -> exit({error_like, [1, 2, 3]}) end),
    receive {'EXIT', P11, R11} -> io:format("11: ~w~n", [R11]) end,
    %% link to a process that is already dead gives an immediate noproc exit message.
    Dead = spawn(fun() -> ok end),
    MonD = monitor(process, Dead),
    receive {'DOWN', MonD, process, Dead, _} -> ok end,
    link(Dead),
    receive {'EXIT', Dead, R12} -> io:format("12: ~w~n", [R12]) end,
    io:format("~w~n", [process_flag(trap_exit, false)]),
    {links, Links} = process_info(self(), links),
    io:format("links left: ~w~n", [length(Links)]),
    ok.
