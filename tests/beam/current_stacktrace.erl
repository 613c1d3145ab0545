%% process_info(Pid, current_stacktrace) of a process waiting in a receive several calls
%% deep (through body recursions too), of one waiting in timer:sleep, of the calling
%% process itself, and what
%% gen_server's report shows of a client whose call crashed the server: the client's
%% stack as it waits in gen_server:call (the report's time stamp, pids and memory figures
%% are masked: current_stacktrace.mask).
-module(current_stacktrace).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2]).

main() ->
    Waiter = spawn(fun() -> outer(3) end),
    Sleeper = spawn(fun() -> timer:sleep(5000) end),
    timer:sleep(50),
    io:format("waiter: ~p~n", [stack(Waiter)]),
    io:format("sleeper: ~p~n", [stack(Sleeper)]),
    io:format("self: ~p~n", [hd(element(2, process_info(self(), current_stacktrace)))]),
    Deep = spawn(fun() -> f(4), done end),
    Body = spawn(fun() -> k(20), done end),
    timer:sleep(50),
    io:format("nested body recursions: ~p~n", [stack(Deep)]),
    io:format("one body recursion: ~p~n", [stack(Body)]),
    exit(Deep, kill),
    exit(Body, kill),
    Waiter ! stop,
    exit(Sleeper, kill),
    {ok, Server} = gen_server:start(?MODULE, 0, []),
    Ref = monitor(process, Server),
    Self = self(),
    spawn(fun() -> client(Server, Self) end),
    receive {'DOWN', Ref, process, Server, _} -> ok end,
    receive {client, Outcome} -> timer:sleep(300), io:format("client: ~p~n", [Outcome]) end.

stack(Pid) -> element(2, process_info(Pid, current_stacktrace)).

outer(0) -> inner(), done;
outer(N) -> outer(N - 1), done.

%% Body recursions: consecutive frames with one return address show once.
f(0) -> g(), x;
f(N) -> f(N - 1), x.
g() -> h(3), z.
h(0) -> receive stop -> ok end, w;
h(N) -> h(N - 1), y.
k(0) -> receive stop -> ok end, w;
k(N) -> _ = id(N), k(N - 1), v.
id(N) -> N.

inner() ->
    receive stop -> ok end,
    ok.

client(Server, Report) ->
    Outcome = try gen_server:call(Server, divide) catch exit:{Reason, _} -> {exit, element(1, Reason)} end,
    Report ! {client, Outcome}.

init(N) -> {ok, N}.

handle_call(divide, _From, N) -> {reply, 1 div N, N}.

handle_cast(_, N) -> {noreply, N}.
