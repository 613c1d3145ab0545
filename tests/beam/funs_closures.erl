%% Funs: anonymous funs, closures over variables, local and remote fun references,
%% named recursive funs, funs returning funs, fun_info, and calls with the wrong arity.
-module(funs_closures).
-export([main/0, double/1]).

double(X) -> 2 * X.

main() ->
    Add = fun(A, B) -> A + B end,
    io:format("~w~n", [Add(2, 3)]),
    N = 10,
    AddN = fun(X) -> X + N end,
    io:format("~w~n", [AddN(5)]),
    MakeAdder = fun(K) -> fun(X) -> X + K end end,
    Add7 = MakeAdder(7),
    io:format("~w ~w~n", [Add7(1), (MakeAdder(100))(1)]),
    Local = fun triple/1,
    Remote = fun ?MODULE:double/1,
    Bif = fun erlang:abs/1,
    io:format("~w ~w ~w~n", [Local(3), Remote(3), Bif(-3)]),
    io:format("~w~n", [lists:map(fun lists:reverse/1, [[1, 2], [3, 4]])]),
    Fact = fun F(0) -> 1; F(K) -> K * F(K - 1) end,
    io:format("~w~n", [Fact(20)]),
    Compose = fun(F, G) -> fun(X) -> F(G(X)) end end,
    Inc = fun(X) -> X + 1 end,
    io:format("~w~n", [(Compose(Inc, Local))(5)]),
    io:format("~w~n", [(compose_all([Inc, Local, Remote]))(1)]),
    {Get, Put} = counter(),
    Put(5), Put(7),
    io:format("counter ~w~n", [Get()]),
    io:format("~w ~w~n", [erlang:fun_info(Add, arity), erlang:fun_info(Remote, arity)]),
    io:format("~w ~w~n", [erlang:fun_info(Remote, module), erlang:fun_info(Remote, name)]),
    io:format("~w ~w ~w~n", [is_function(Add), is_function(Add, 2), is_function(Add, 1)]),
    io:format("~p~n", [try Add(1) catch error:R -> R end =:= {badarity, {Add, [1]}}]),
    io:format("~p~n", [try (id(not_a_fun))(1) catch error:R2 -> R2 end]),
    io:format("~w~n", [apply(Add, [40, 2])]),
    io:format("~w~n", [apply(?MODULE, double, [21])]),
    io:format("~w~n", [apply(lists, seq, [1, 5])]),
    M = lists, F = max,
    io:format("~w~n", [M:F([3, 9, 2])]),
    Funs = [fun(X) -> X * I end || I <- lists:seq(1, 5)],
    io:format("~w~n", [[G(10) || G <- Funs]]),
    Y = fun(Gen) -> (fun(H) -> H(H) end)(fun(H) -> Gen(fun(A) -> (H(H))(A) end) end) end,
    FibGen = fun(Self) -> fun(0) -> 0; (1) -> 1; (K) -> Self(K - 1) + Self(K - 2) end end,
    io:format("~w~n", [(Y(FibGen))(15)]),
    Curry = fun(A) -> fun(B) -> fun(C) -> A * 100 + B * 10 + C end end end,
    io:format("~w~n", [((Curry(1))(2))(3)]),
    io:format("~w~n", [lists:foldl(fun(G, Acc) -> G(Acc) end, 1, [Inc, Local, Remote, Inc])]),
    io:format("~w~n", [Add == Add]),
    io:format("~w~n", [fun triple/1 =:= fun triple/1]),
    ok.

triple(X) -> 3 * X.

id(X) -> X.

compose_all(Fs) -> lists:foldr(fun(F, Acc) -> fun(X) -> F(Acc(X)) end end, fun(X) -> X end, Fs).

counter() ->
    Key = make_ref(),
    put(Key, 0),
    {fun() -> get(Key) end, fun(V) -> put(Key, get(Key) + V) end}.
