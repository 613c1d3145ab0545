%% OTP's queue module: FIFO and double-ended operations, conversions, and a
%% breadth-first search over a graph that uses a queue.
-module(otp_queue).
-export([main/0]).

main() ->
    Q0 = queue:new(),
    Q1 = queue:in(1, queue:in(2, queue:in(3, Q0))),
    io:format("~p ~p~n", [queue:to_list(Q1), queue:len(Q1)]),
    {{value, V}, Q2} = queue:out(Q1),
    io:format("~p ~p~n", [V, queue:to_list(Q2)]),
    io:format("~p~n", [queue:out(queue:new())]),
    Q3 = queue:in_r(0, Q1),
    io:format("~p~n", [queue:to_list(Q3)]),
    {{value, Last}, Q4} = queue:out_r(Q3),
    io:format("~p ~p~n", [Last, queue:to_list(Q4)]),
    io:format("~p ~p~n", [queue:peek(Q1), queue:peek_r(Q1)]),
    io:format("~p~n", [queue:to_list(queue:reverse(Q1))]),
    {A, B} = queue:split(2, queue:from_list([a, b, c, d, e])),
    io:format("~p ~p~n", [queue:to_list(A), queue:to_list(B)]),
    io:format("~p~n", [queue:to_list(queue:join(A, B))]),
    io:format("~p~n", [queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 1 end, queue:from_list(lists:seq(1, 10))))]),
    io:format("~p ~p~n", [queue:member(c, B), queue:is_empty(queue:new())]),
    io:format("~p ~p~n", [queue:head(B), queue:last(B)]),
    io:format("~p~n", [queue:to_list(queue:drop(B))]),
    io:format("~p~n", [queue:fold(fun(X, Acc) -> X + Acc end, 0, queue:from_list([1, 2, 3]))]),
    Big = lists:foldl(fun queue:in/2, queue:new(), lists:seq(1, 10000)),
    io:format("~p~n", [drain(Big, 0)]),
    Graph = #{a => [b, c], b => [d], c => [d, e], d => [f], e => [f], f => [], g => [a]},
    io:format("~p~n", [bfs(Graph, a)]),
    io:format("~p~n", [shortest(Graph, a, f)]),
    ok.

drain(Q, Acc) ->
    case queue:out(Q) of
        {empty, _} -> Acc;
        {{value, X}, Q2} -> drain(Q2, Acc + X)
    end.

bfs(G, Start) -> bfs(G, queue:from_list([Start]), #{Start => true}, []).
bfs(G, Q, Seen, Order) ->
    case queue:out(Q) of
        {empty, _} -> lists:reverse(Order);
        {{value, N}, Q2} ->
            New = [M || M <- maps:get(N, G), not maps:is_key(M, Seen)],
            Seen2 = lists:foldl(fun(M, S) -> S#{M => true} end, Seen, New),
            bfs(G, lists:foldl(fun queue:in/2, Q2, New), Seen2, [N | Order])
    end.

shortest(G, From, To) -> shortest(G, To, queue:from_list([[From]]), #{From => true}).
shortest(G, To, Q, Seen) ->
    case queue:out(Q) of
        {empty, _} -> none;
        {{value, [To | _] = Path}, _} -> lists:reverse(Path);
        {{value, [N | _] = Path}, Q2} ->
            Next = [M || M <- maps:get(N, G), not maps:is_key(M, Seen)],
            Seen2 = lists:foldl(fun(M, S) -> S#{M => true} end, Seen, Next),
            shortest(G, To, lists:foldl(fun(M, Acc) -> queue:in([M | Path], Acc) end, Q2, Next), Seen2)
    end.
