%% Body (non-tail) recursion 100,000 to 1,000,000 calls deep (lists:map and foldr are
%% body-recursive too): the stack must grow as far as the program needs, as on BEAM.
-module(deep_recursion).
-export([main/0]).

main() ->
    io:format("~w~n", [len(lists:seq(1, 100000))]),
    io:format("~w~n", [sum(100000)]),
    io:format("~w~n", [sum(1000000)]),
    L = lists:seq(1, 200000),
    M = lists:map(fun(X) -> X * 2 end, L),
    io:format("~w ~w~n", [length(M), lists:last(M)]),
    io:format("~w~n", [lists:sum(double_all(L))]),
    io:format("~w~n", [depth(nest(100000, leaf))]),
    io:format("~w~n", [length(lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L))]),
    io:format("~w~n", [length(lists:append(lists:duplicate(300, lists:seq(1, 1000))))]),
    io:format("~w~n", [ackermann(2, 500)]),
    io:format("~w~n", [try_deep(50000)]),
    ok.

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

sum(0) -> 0;
sum(N) -> N + sum(N - 1).

double_all([]) -> [];
double_all([H | T]) -> [2 * H | double_all(T)].

nest(0, Acc) -> Acc;
nest(N, Acc) -> nest(N - 1, {node, Acc}).

depth(leaf) -> 0;
depth({node, T}) -> 1 + depth(T).

ackermann(0, N) -> N + 1;
ackermann(M, 0) -> ackermann(M - 1, 1);
ackermann(M, N) -> ackermann(M - 1, ackermann(M, N - 1)).

%% Every level has its own exception handler; the innermost throws.
try_deep(0) -> throw(bottom);
try_deep(N) ->
    try try_deep(N - 1) of
        V -> V + 1
    catch
        throw:bottom when N rem 2 =:= 0 -> 0;
        throw:bottom -> throw(bottom)
    end.
