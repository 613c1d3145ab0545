%% An uncaught exception in a process other than main: erl prints its error report
%% ("Error in process ... with exit value: ...") on standard output for an error and for
%% an uncaught throw, nothing for exit/1; linked and monitoring processes see the exit
%% reason, and the other processes, main included, carry on undisturbed. The report
%% carries a time stamp and a pid: process_crash_report.mask masks them.
-module(process_crash_report).
-export([main/0]).

main() ->
    Self = self(),
    Counter = spawn(fun() -> counter(0) end),
    {P1, R1} = spawn_monitor(fun() -> Counter ! bump, _ = list_to_atom(id(42)) end),
    show("error", down(P1, R1)),
    {P2, R2} = spawn_monitor(fun() -> Counter ! bump, throw({not_caught, [1, 2, 3]}) end),
    show("throw", down(P2, R2)),
    {P3, R3} = spawn_monitor(fun() -> Counter ! bump, exit({quietly, gone}) end),
    show("exit", down(P3, R3)),
    process_flag(trap_exit, true),
    P4 = spawn_link(fun() -> Counter ! bump, erlang:error({custom, "text"}, [a, b]) end),
    receive {'EXIT', P4, {Why4, [Frame | _]}} -> show("linked", {Why4, Frame}) end,
    Counter ! {get, Self},
    receive {count, N} -> io:format("counter still running, bumped ~p times~n", [N]) end.

%% erl's logger prints the report a little after the process died (switchyard prints it at
%% once): wait before printing, so that the report comes first under both.
show(What, Outcome) ->
    timer:sleep(100),
    io:format("~s: ~p~n", [What, Outcome]).

down(Pid, Ref) ->
    receive
        {'DOWN', Ref, process, Pid, {Reason, [Top | _]}} -> {Reason, Top};
        {'DOWN', Ref, process, Pid, Reason} -> Reason
    end.

counter(N) ->
    receive
        bump -> counter(N + 1);
        {get, From} -> From ! {count, N}, counter(N)
    end.

id(X) -> X.
