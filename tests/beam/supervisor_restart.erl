%% A real OTP supervisor (one_for_one) over two gen_server workers: a worker that crashes
%% is restarted with its initial state while the other keeps its own, the supervisor's
%% report of the crash is printed as erl's default logger handler prints it (with the
%% gen_server's and proc_lib's reports), which_children and count_children see the
%% restarted child, and too many restarts shut the supervisor down. The reports carry
%% time stamps, pids and memory figures: supervisor_restart.mask masks them.
-module(supervisor_restart).
-behaviour(supervisor).  % and the callbacks of its gen_server workers
-export([main/0, init/1, start_worker/1, handle_call/3, handle_cast/2]).

main() ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, supervisor),
    io:format("children: ~p~n", [ids(supervisor:which_children(Sup))]),
    ok = gen_server:call(alpha, {add, 5}),
    ok = gen_server:call(beta, {add, 7}),
    io:format("alpha ~p, beta ~p~n", [gen_server:call(alpha, get), gen_server:call(beta, get)]),
    crash_and_wait(alpha),
    io:format("alpha ~p, beta ~p~n", [gen_server:call(alpha, get), gen_server:call(beta, get)]),
    io:format("count: ~p~n", [supervisor:count_children(Sup)]),
    crash_and_wait(beta),
    gen_server:cast(beta, crash),
    receive
        {'EXIT', Sup, Reason} -> settle(), io:format("supervisor exited: ~p~n", [Reason])
    after 10000 -> io:format("supervisor still running~n")
    end.

%% Crashes a worker and waits until the supervisor has restarted it under its name.
crash_and_wait(Name) ->
    Old = whereis(Name),
    gen_server:cast(Name, crash),
    wait_restarted(Name, Old, 1000),
    settle(),
    io:format("~p restarted~n", [Name]).

wait_restarted(Name, _, 0) -> io:format("~p not restarted~n", [Name]);
wait_restarted(Name, Old, N) ->
    case whereis(Name) of
        New when is_pid(New), New =/= Old -> ok;
        _ -> timer:sleep(10), wait_restarted(Name, Old, N - 1)
    end.

%% erl's logger handler prints the reports in its own process: give it time.
settle() -> timer:sleep(200).

ids(Children) -> lists:sort([Id || {Id, _, _, _} <- Children]).

init(supervisor) ->
    Flags = #{strategy => one_for_one, intensity => 2, period => 10},
    Child = fun(Id) -> #{id => Id, start => {?MODULE, start_worker, [Id]}} end,
    {ok, {Flags, [Child(alpha), Child(beta)]}};
init({worker, Id}) ->
    {ok, {Id, 0}}.

start_worker(Id) -> gen_server:start_link({local, Id}, ?MODULE, {worker, Id}, []).

handle_call({add, N}, _From, {Id, S}) -> {reply, ok, {Id, S + N}};
handle_call(get, _From, State) -> {reply, State, State}.

handle_cast(crash, {Id, S}) -> {noreply, {Id, S div 0}}.
