%% A gen_server that crashes, and what erl's default logger handler prints for it: the
%% server's own "Generic server ... terminating" report (gen_server, domain [otp]) and
%% proc_lib's crash report (domain [otp, sasl]), on standard output, before main goes on.
%% Both reports carry a time stamp, pids and memory figures, so this program has a
%% gen_server_crash.mask: those parts are masked in both outputs before they are compared.
%% A crash in handle_cast has no client, so the report holds no client stack trace.
-module(gen_server_crash).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

main() ->
    {ok, Pid} = gen_server:start(?MODULE, 10, []),
    Ref = monitor(process, Pid),
    io:format("call: ~p~n", [gen_server:call(Pid, {divide, 5})]),
    gen_server:cast(Pid, {divide_by, 0}),
    Reason = receive {'DOWN', Ref, process, Pid, R} -> R end,
    %% erl's logger handler prints in its own process: give it time.
    timer:sleep(300),
    {Error, [Frame | _]} = Reason,
    io:format("server died: ~p in ~p~n", [Error, Frame]),
    io:format("call after death: ~p~n", [catch_exit(fun() -> gen_server:call(Pid, {divide, 1}) end)]),
    {ok, Pid2} = gen_server:start(?MODULE, 3, []),
    Ref2 = monitor(process, Pid2),
    Pid2 ! {stop_with, {shutdown, tidy}},
    io:format("stopped: ~p~n", [receive {'DOWN', Ref2, process, Pid2, R2} -> R2 end]),
    timer:sleep(100),
    io:format("done~n").

catch_exit(F) ->
    try F() catch exit:{Reason, {gen_server, call, _}} -> {exit, Reason} end.

init(N) -> {ok, N}.

handle_call({divide, D}, _From, N) -> {reply, N div D, N}.

handle_cast({divide_by, D}, N) -> {noreply, N div D}.

handle_info({stop_with, Why}, N) -> {stop, Why, N}.

terminate(Reason, _N) ->
    io:format("terminate: ~p~n", [element(1, Reason)]).
