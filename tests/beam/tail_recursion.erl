%% Tail calls to a depth of a million and more: accumulator loops, mutual recursion,
%% tail calls through funs and to other modules' functions, and building long lists.
%% None of these may grow the stack.
-module(tail_recursion).
-export([main/0, count_down/1]).

main() ->
    io:format("~w~n", [sum(1000000, 0)]),
    io:format("~w~n", [count(0, 1000000)]),
    io:format("~w ~w~n", [is_even(1000001), is_odd(1000001)]),
    L = build(1000000, []),
    io:format("~w ~w ~w~n", [length(L), hd(L), lists:last(L)]),
    io:format("~w~n", [rev_len(L, 0)]),
    io:format("~w~n", [lists:foldl(fun(X, A) -> X + A end, 0, L)]),
    io:format("~w~n", [fun_loop(fun fun_loop/2, 1000000)]),
    io:format("~w~n", [?MODULE:count_down(1000000)]),
    io:format("~w~n", [apply_loop(1000000)]),
    io:format("~w~n", [state_machine(a, 1000000, 0)]),
    io:format("~w~n", [fib_iter(10000, 0, 1) rem 1000000007]),
    io:format("~w~n", [length(lists:seq(1, 1000000))]),
    io:format("~w~n", [catch_loop(100000, 0)]),
    ok.

sum(0, Acc) -> Acc;
sum(N, Acc) -> sum(N - 1, Acc + N).

count(Acc, 0) -> Acc;
count(Acc, N) -> count(Acc + 1, N - 1).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

rev_len([], N) -> N;
rev_len([_ | T], N) -> rev_len(T, N + 1).

fun_loop(_, 0) -> done;
fun_loop(F, N) -> F(F, N - 1).

count_down(0) -> zero;
count_down(N) -> ?MODULE:count_down(N - 1).

apply_loop(0) -> applied;
apply_loop(N) -> apply(fun apply_loop/1, [N - 1]).

state_machine(_, 0, Acc) -> Acc;
state_machine(a, N, Acc) -> state_machine(b, N - 1, Acc + 1);
state_machine(b, N, Acc) -> state_machine(c, N - 1, Acc + 2);
state_machine(c, N, Acc) -> state_machine(a, N - 1, Acc + 3).

fib_iter(0, A, _) -> A;
fib_iter(N, A, B) -> fib_iter(N - 1, B, A + B).

catch_loop(0, Acc) -> Acc;
catch_loop(N, Acc) ->
    V = try case N rem 7 of 0 -> throw(seven); X -> X end catch throw:seven -> 100 end,
    catch_loop(N - 1, Acc + V).
