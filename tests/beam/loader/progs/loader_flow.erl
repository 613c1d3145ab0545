%% Loader test module: processes, receive, exceptions, funs, records, apply.
-module(loader_flow).
-export([main/0, server/1, call/2, safe/1, funs/1, rec/1, dyn/3, stack/0, nested/1,
         timeout/0, ref_call/1]).
-on_load(init/0).

-record(point, {x = 0, y = 0, z = 0}).

init() -> ok.

zero() -> 0.

main() ->
    Pid = spawn(?MODULE, server, [0]),
    io:format("~p~n", [[call(Pid, 5), safe(fun() -> 1 / zero() end), funs(3), rec(#point{x = 1}),
                        dyn(lists, reverse, [[1, 2]]), stack(), nested(ok), timeout(),
                        ref_call(Pid)]]).

server(N) ->
    receive
        {add, From, X} -> From ! {self(), N + X}, server(N + X);
        {ref, From, Ref} -> From ! {Ref, N}, server(N);
        stop -> ok
    after 5000 -> timeout
    end.

call(Pid, X) ->
    Pid ! {add, self(), X},
    receive {Pid, R} -> R end.

ref_call(Pid) ->
    Ref = make_ref(),
    Pid ! {ref, self(), Ref},
    receive {Ref, N} -> N after 1000 -> none end.

timeout() ->
    receive never -> never after 0 -> timed_out end.

safe(F) ->
    try F() of
        V -> {ok, V}
    catch
        error:badarith -> badarith;
        throw:T -> {thrown, T};
        exit:R:St -> {exit, R, length(St)}
    after
        ok
    end.

nested(X) ->
    case catch throw(X) of
        ok -> caught;
        _ -> other
    end.

stack() ->
    try erlang:error(oops)
    catch error:E:St -> erlang:raise(error, {E, length(St)}, St)
    end.

funs(N) ->
    Add = fun(X) -> X + N end,
    Twice = fun(F, X) -> F(F(X)) end,
    G = fun ?MODULE:rec/1,
    {Add(1), Twice(Add, 1), lists:map(Add, [1, 2]), is_function(G, 1), (fun(Y) -> Y * N end)(2)}.

rec(#point{x = X} = P) when X > 0 ->
    P2 = P#point{y = X + 1, z = X + 2},
    {P2#point.y, P2};
rec(P) -> P#point.z.

dyn(M, F, A) -> apply(M, F, A).
