%% A worker pool without a supervisor: a dispatcher process hands jobs from a queue to
%% idle workers, workers report results, and the caller gets all results back; workers
%% are stopped and their exits checked with monitors.
-module(worker_pool).
-export([main/0]).

main() ->
    Jobs = [{job, N, fun() -> collatz_len(N) end} || N <- lists:seq(1, 300)],
    Results = run_pool(4, Jobs),
    io:format("~w results~n", [maps:size(Results)]),
    {Best, Len} = maps:fold(fun(N, L, {_, BL} = Acc) -> if L > BL -> {N, L}; L =:= BL -> min({N, L}, Acc); true -> Acc end end,
                            {0, 0}, Results),
    io:format("longest collatz below 300: ~w (~w steps)~n", [Best, Len]),
    io:format("~w~n", [[maps:get(N, Results) || N <- lists:seq(1, 20)]]),
    R2 = run_pool(8, [{job, N, fun() -> N * N end} || N <- lists:seq(1, 50)]),
    io:format("~w~n", [lists:sum(maps:values(R2))]),
    R3 = run_pool(3, [{job, K, fun() -> {error, K} end} || K <- [a, b, c, d, e]]),
    io:format("~w~n", [lists:sort(maps:to_list(R3))]),
    io:format("~w~n", [run_pool(2, [])]),
    ok.

run_pool(NWorkers, Jobs) ->
    Self = self(),
    Dispatcher = spawn(fun() -> dispatcher(Self, NWorkers, Jobs) end),
    Ref = monitor(process, Dispatcher),
    receive
        {pool_done, Dispatcher, Results} ->
            receive {'DOWN', Ref, process, Dispatcher, normal} -> Results end
    end.

dispatcher(Caller, NWorkers, Jobs) ->
    Self = self(),
    Workers = [spawn(fun() -> worker(Self) end) || _ <- lists:seq(1, NWorkers)],
    Mons = [monitor(process, W) || W <- Workers],
    Results = loop(queue:from_list(Jobs), [], length(Jobs), #{}),
    [W ! stop || W <- Workers],
    [receive {'DOWN', M, process, _, normal} -> ok end || M <- Mons],
    Caller ! {pool_done, self(), Results}.

%% Idle workers wait in a list; each finished job frees its worker.
loop(_Queue, _Idle, 0, Results) ->
    Results;
loop(Queue, Idle, Pending, Results) ->
    receive
        {ready, W} ->
            dispatch(Queue, [W | Idle], Pending, Results);
        {result, W, Id, Value} ->
            dispatch(Queue, [W | Idle], Pending - 1, Results#{Id => Value})
    end.

dispatch(Queue, [W | Idle] = AllIdle, Pending, Results) ->
    case queue:out(Queue) of
        {{value, {job, Id, Fun}}, Rest} -> W ! {run, Id, Fun}, loop(Rest, Idle, Pending, Results);
        {empty, _} -> loop(Queue, AllIdle, Pending, Results)
    end.

worker(Dispatcher) ->
    Dispatcher ! {ready, self()},
    worker_loop(Dispatcher).

worker_loop(Dispatcher) ->
    receive
        {run, Id, Fun} -> Dispatcher ! {result, self(), Id, Fun()}, worker_loop(Dispatcher);
        stop -> ok
    end.

collatz_len(1) -> 0;
collatz_len(N) when N rem 2 =:= 0 -> 1 + collatz_len(N div 2);
collatz_len(N) -> 1 + collatz_len(3 * N + 1).
