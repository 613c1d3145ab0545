%% Processes: spawn with funs and with module/function/arguments, self(), sending with !,
%% replies tagged so the collector can receive them in a chosen order, process_info of
%% the message queue, and is_process_alive.
-module(processes_spawn).
-export([main/0, worker/2]).

main() ->
    Self = self(),
    Pid = spawn(fun() -> receive {From, X} -> From ! {self(), X * X} end end),
    Pid ! {Self, 12},
    receive {Pid, Sq} -> io:format("square ~w~n", [Sq]) end,
    io:format("~w ~w~n", [is_pid(Pid), Pid =/= Self]),
    Pids = [spawn(?MODULE, worker, [Self, N]) || N <- lists:seq(1, 10)],
    Results = [receive {result, P, R} -> R end || P <- Pids],
    io:format("~w~n", [Results]),
    Pids2 = [spawn(fun() -> Self ! {done, N, fib(N)} end) || N <- lists:seq(20, 1, -1)],
    io:format("~w~n", [[receive {done, N, F} -> {N, F} end || N <- lists:seq(1, 20)]]),
    io:format("~w~n", [length(Pids2)]),
    [Self ! {msg, N} || N <- lists:seq(1, 5)],
    {message_queue_len, QLen} = process_info(Self, message_queue_len),
    io:format("queued ~w~n", [QLen]),
    io:format("~w~n", [[receive {msg, N} -> N end || _ <- lists:seq(1, 5)]]),
    Short = spawn(fun() -> ok end),
    Ref = monitor(process, Short),
    receive {'DOWN', Ref, process, Short, Reason} -> io:format("exited ~w~n", [Reason]) end,
    io:format("alive ~w ~w~n", [is_process_alive(Short), is_process_alive(Self)]),
    Echo = spawn(fun echo/0),
    Replies = [begin Echo ! {self(), M}, receive {echo, M2} -> M2 end end || M <- [a, "b", <<"c">>, {d}, #{e => f}]],
    io:format("~p~n", [Replies]),
    Echo ! stop,
    Counter = spawn(fun() -> counter(0) end),
    [Counter ! inc || _ <- lists:seq(1, 1000)],
    Counter ! {get, self()},
    receive {count, C} -> io:format("count ~w~n", [C]) end,
    Many = [spawn(fun() -> receive go -> Self ! {ready, I} end end) || I <- lists:seq(1, 1000)],
    [P ! go || P <- Many],
    io:format("~w~n", [lists:sum([receive {ready, I} -> I end || I <- lists:seq(1, 1000)])]),
    ok.

worker(Parent, N) -> Parent ! {result, self(), N * 100}.

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

echo() ->
    receive
        {From, M} -> From ! {echo, M}, echo();
        stop -> ok
    end.

counter(N) ->
    receive
        inc -> counter(N + 1);
        {get, From} -> From ! {count, N}
    end.
