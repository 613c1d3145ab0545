%% Parallel map: one process per element, results gathered in the original order by
%% unique references; a chunked variant; and a parallel reduction tree.
-module(parallel_map).
-export([main/0]).

main() ->
    io:format("~w~n", [pmap(fun(X) -> X * X end, lists:seq(1, 20))]),
    io:format("~w~n", [pmap(fun fib/1, lists:seq(15, 25))]),
    io:format("~w~n", [pmap(fun(X) -> X end, [])]),
    L = lists:seq(1, 5000),
    io:format("~w~n", [pmap(fun(X) -> X + 1 end, L) =:= [X + 1 || X <- L]]),
    io:format("~w~n", [chunked_pmap(fun(X) -> X * 3 end, lists:seq(1, 1000), 64) =:= [X * 3 || X <- lists:seq(1, 1000)]]),
    io:format("~w~n", [preduce(fun erlang:'+'/2, lists:seq(1, 10000))]),
    io:format("~w~n", [preduce(fun erlang:max/2, [3, 9, 2, 7, 11, 4])]),
    io:format("~w~n", [pmap(fun(X) -> try 10 div X catch error:badarith -> infinity end end, [5, 0, 2])]),
    io:format("~p~n", [pmap(fun string:uppercase/1, ["alpha", "beta", "gamma"])]),
    ok.

pmap(F, L) ->
    Self = self(),
    Refs = [begin
                Ref = make_ref(),
                spawn(fun() -> Self ! {Ref, F(X)} end),
                Ref
            end || X <- L],
    [receive {Ref, V} -> V end || Ref <- Refs].

chunked_pmap(F, L, Size) ->
    lists:append(pmap(fun(Chunk) -> lists:map(F, Chunk) end, chunks(L, Size))).

chunks([], _) -> [];
chunks(L, N) when length(L) =< N -> [L];
chunks(L, N) -> {H, T} = lists:split(N, L), [H | chunks(T, N)].

preduce(_F, [X]) -> X;
preduce(F, L) ->
    {A, B} = lists:split(length(L) div 2, L),
    Self = self(),
    RA = make_ref(), RB = make_ref(),
    spawn(fun() -> Self ! {RA, preduce(F, A)} end),
    spawn(fun() -> Self ! {RB, preduce(F, B)} end),
    VA = receive {RA, V1} -> V1 end,
    VB = receive {RB, V2} -> V2 end,
    F(VA, VB).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
