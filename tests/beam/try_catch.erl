%% Exceptions: try/catch/after with the classes error, throw and exit, try ... of,
%% nested handlers, rethrowing, after clauses on every path, old-style catch, and
%% erlang:raise/3.
-module(try_catch).
-export([main/0]).

main() ->
    [io:format("~w -> ~w~n", [K, classify(K)]) || K <- [ok, throw, error, exit, badarith, nested]],
    io:format("~w~n", [with_after(ok)]),
    io:format("~w~n", [catch with_after(throw)]),
    io:format("~w~n", [try_of(5)]),
    io:format("~w~n", [try_of(-5)]),
    io:format("~w~n", [try_of(oops)]),
    io:format("~w~n", [catch throw(thrown)]),
    io:format("~w~n", [reason_only(catch exit(exited))]),
    io:format("~w~n", [reason_only(catch error(failed))]),
    io:format("~w~n", [reason_only(catch 1 / zero())]),
    io:format("~w~n", [catch 42]),
    io:format("~w~n", [rethrow()]),
    io:format("~w~n", [raise_again(error)]),
    io:format("~w~n", [raise_again(exit)]),
    io:format("~w~n", [raise_again(throw)]),
    io:format("~w~n", [after_order()]),
    io:format("~w~n", [nested_after()]),
    io:format("~w~n", [first_match([fun() -> throw(a) end, fun() -> error(b) end, fun() -> c end])]),
    io:format("~w~n", [try throw({complex, [1, 2], #{k => v}}) catch throw:{complex, L, #{k := V}} -> {L, V} end]),
    io:format("~w~n", [try error(badarg) catch error:badarg:St -> is_list(St) end]),
    io:format("~w~n", [try error({my_error, 1}, [arg1, arg2]) catch error:{my_error, N} -> N end]),
    io:format("~w~n", [try throw(x) catch _:_ -> any_class end]),
    io:format("~w~n", [in_loop(10, 0)]),
    io:format("~w~n", [try try throw(inner) after put(cleanup, done) end catch throw:T -> {T, get(cleanup)} end]),
    io:format("~w~n", [try exception_in_after() catch C:R -> {C, R} end]),
    io:format("~w~n", [try exception_in_of() catch C1:R1 -> {outer, C1, R1} end]),
    io:format("~w~n", [try exception_in_catch() catch C2:R2 -> {C2, R2} end]),
    ok.

zero() -> 0.

reason_only({'EXIT', {Reason, Stack}}) when is_list(Stack) -> {'EXIT', Reason};
reason_only(Other) -> Other.

classify(K) ->
    try act(K) of
        Result -> {returned, Result}
    catch
        throw:Val -> {thrown, Val};
        error:badarith -> arith;
        error:Reason -> {error, Reason};
        exit:Reason -> {exit, Reason}
    end.

act(ok) -> fine;
act(throw) -> throw(ball);
act(error) -> error(broken);
act(exit) -> exit(leaving);
act(badarith) -> 1 + list_to_atom("a");
act(nested) -> try throw(inner) catch throw:inner -> error(from_handler) end.

with_after(K) ->
    try act(K)
    after
        io:format("after ran for ~w~n", [K])
    end.

try_of(X) ->
    try abs_checked(X) of
        N when N > 3 -> {big, N};
        N -> {small, N}
    catch
        error:E -> {error, E}
    end.

abs_checked(X) when is_integer(X) -> abs(X);
abs_checked(X) -> error({not_integer, X}).

rethrow() ->
    try
        try throw(first) catch throw:first -> throw(second) end
    catch
        throw:second -> rethrown
    end.

raise_again(Class) ->
    try
        try erlang:raise(Class, {raised, Class}, []) catch C:R:S -> erlang:raise(C, R, S) end
    catch
        C2:R2 -> {C2, R2}
    end.

after_order() ->
    Self = self(),
    try
        try
            Self ! one,
            throw(x)
        after
            Self ! two
        end
    catch
        throw:x -> Self ! three
    after
        Self ! four
    end,
    collect(4).

collect(0) -> [];
collect(N) -> receive M -> [M | collect(N - 1)] end.

nested_after() ->
    put(log, []),
    Log = fun(X) -> put(log, [X | get(log)]) end,
    try
        try
            try error(deep) after Log(a) end
        after
            Log(b)
        end
    catch
        error:deep -> Log(caught)
    after
        Log(c)
    end,
    lists:reverse(get(log)).

first_match([]) -> none;
first_match([F | Fs]) ->
    try F() of
        V -> {value, V}
    catch
        _:_ -> first_match(Fs)
    end.

in_loop(0, Acc) -> Acc;
in_loop(N, Acc) ->
    Add = try
              case N rem 3 of
                  0 -> throw(N);
                  1 -> error(N);
                  2 -> N
              end
          catch
              throw:T -> T * 10;
              error:E -> E * 100
          end,
    in_loop(N - 1, Acc + Add).

exception_in_after() ->
    try throw(original) after error(from_after) end.

%% An exception raised in the of-clauses is not caught by the same try's catch clauses.
exception_in_of() ->
    try id(1) of 1 -> throw(from_of) catch throw:from_of -> caught_by_same_try end.

id(X) -> X.

exception_in_catch() ->
    try throw(original) catch throw:original -> exit(from_catch) end.
