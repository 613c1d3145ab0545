%% erlang:yield and the process dictionary: put/get/erase/get_keys, the values put
%% returns, dictionaries private to each process, and processes that yield in a loop.
-module(yield_dict).
-export([main/0]).

main() ->
    io:format("~w~n", [erlang:yield()]),
    io:format("~w~n", [put(count, 1)]),
    io:format("~w~n", [put(count, 2)]),
    io:format("~w ~w~n", [get(count), get(missing)]),
    put(name, "main"),
    put({tuple, key}, [a, list]),
    io:format("~p~n", [lists:sort(get())]),
    io:format("~p~n", [lists:sort(get_keys())]),
    io:format("~p~n", [get_keys("main")]),
    io:format("~p~n", [erase(count)]),
    io:format("~p~n", [erase(count)]),
    Self = self(),
    Child = spawn(fun() ->
                          Self ! {child_sees, get(name)},
                          put(name, "child"),
                          Self ! {child_now, get(name)}
                  end),
    receive {child_sees, V1} -> io:format("child sees ~p~n", [V1]) end,
    receive {child_now, V2} -> io:format("child has ~p~n", [V2]) end,
    io:format("main still has ~p~n", [get(name)]),
    io:format("~w~n", [is_pid(Child)]),
    Old = erase(),
    io:format("~p ~p~n", [lists:sort(Old), get()]),
    lists:foreach(fun(I) -> put(I, I * I) end, lists:seq(1, 100)),
    io:format("~w~n", [lists:sum([get(I) || I <- lists:seq(1, 100)])]),
    Yielders = [spawn(fun() -> yield_loop(1000), Self ! {yielded, N} end) || N <- lists:seq(1, 5)],
    io:format("~w~n", [[receive {yielded, N} -> N end || N <- lists:seq(1, 5)]]),
    io:format("~w~n", [length(Yielders)]),
    io:format("~w~n", [memo_fib(90)]),
    ok.

yield_loop(0) -> ok;
yield_loop(N) -> true = erlang:yield(), yield_loop(N - 1).

memo_fib(N) when N < 2 -> N;
memo_fib(N) ->
    case get({fib, N}) of
        undefined -> V = memo_fib(N - 1) + memo_fib(N - 2), put({fib, N}, V), V;
        V -> V
    end.
