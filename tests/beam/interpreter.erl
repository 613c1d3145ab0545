%% A small interpreter for a Lisp-like language: a reader for s-expressions, an
%% evaluator with lexical closures, define, if, let, lambda, recursion and a few
%% primitives; it runs factorial, fib, map and a closure-based counter.
-module(interpreter).
-export([main/0]).

main() ->
    Program = "
      (define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
      (define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
      (define map (lambda (f xs) (if (null? xs) (quote ()) (cons (f (car xs)) (map f (cdr xs))))))
      (define make-counter (lambda () (let ((n 0)) (lambda () (set! n (+ n 1)) n))))
      (define c (make-counter))
      (fact 10)
      (fact 30)
      (fib 20)
      (map (lambda (x) (* x x)) (list 1 2 3 4 5))
      (c) (c) (c)
      (let ((x 2) (y 3)) (+ x y))
      ((lambda (f) (f f 10)) (lambda (self n) (if (= n 0) (quote done) (self self (- n 1)))))
      (quote (a b (c d)))
      (undefined-thing 1)
      (car (quote ()))
    ",
    Exprs = read_all(tokenize(Program)),
    io:format("~w expressions~n", [length(Exprs)]),
    run(Exprs, global_env()),
    ok.

run([], _) -> ok;
run([E | Es], Env) ->
    try eval(E, Env) of
        {defined, Name, Env2} -> io:format("defined ~s~n", [Name]), run(Es, Env2);
        V -> io:format("~s => ~s~n", [show(E), show(V)]), run(Es, Env)
    catch
        throw:{lisp_error, Why} -> io:format("~s => error: ~p~n", [show(E), Why]), run(Es, Env)
    end.

tokenize(S) -> string:lexemes(lists:flatten(string:replace(string:replace(S, "(", " ( ", all), ")", " ) ", all)), " \n\t").

read_all([]) -> [];
read_all(Toks) -> {E, Rest} = read(Toks), [E | read_all(Rest)].

read(["(" | T]) -> read_list(T, []);
read([Tok | T]) -> {atom(Tok), T}.
read_list([")" | T], Acc) -> {lists:reverse(Acc), T};
read_list(Toks, Acc) -> {E, T} = read(Toks), read_list(T, [E | Acc]).

atom(Tok) ->
    case string:to_integer(Tok) of
        {N, []} -> N;
        _ -> list_to_atom(Tok)
    end.

%% Environments: a list of frames; each frame is a reference to a mutable cell kept in
%% the process dictionary so that set! and closures share state.
global_env() ->
    Prims = #{'+' => fun(A, B) -> A + B end, '-' => fun(A, B) -> A - B end,
              '*' => fun(A, B) -> A * B end, '<' => fun(A, B) -> A < B end,
              '=' => fun(A, B) -> A == B end, car => fun([H | _]) -> H; ([]) -> throw({lisp_error, car_of_empty}) end,
              cdr => fun([_ | T]) -> T end, cons => fun(H, T) -> [H | T] end,
              'null?' => fun(L) -> L =:= [] end, list => variadic},
    [new_frame(Prims)].

new_frame(Bindings) -> Ref = make_ref(), put(Ref, Bindings), Ref.

lookup(Name, []) -> throw({lisp_error, {unbound, Name}});
lookup(Name, [F | Rest]) ->
    case get(F) of
        #{Name := V} -> V;
        _ -> lookup(Name, Rest)
    end.

set(Name, _V, []) -> throw({lisp_error, {unbound, Name}});
set(Name, V, [F | Rest]) ->
    case get(F) of
        #{Name := _} = B -> put(F, B#{Name := V});
        _ -> set(Name, V, Rest)
    end.

eval(N, _) when is_integer(N) -> N;
eval(S, Env) when is_atom(S) -> lookup(S, Env);
eval([quote, X], _) -> X;
eval(['if', C, T, E], Env) -> case eval(C, Env) of false -> eval(E, Env); _ -> eval(T, Env) end;
eval([define, Name, Expr], [G | _] = Env) ->
    put(G, (get(G))#{Name => undefined}),
    V = eval(Expr, Env),
    put(G, (get(G))#{Name := V}),
    {defined, Name, Env};
eval(['set!', Name, Expr], Env) -> set(Name, eval(Expr, Env), Env), ok;
eval([lambda, Params | Body], Env) -> {closure, Params, Body, Env};
eval(['let', Bindings | Body], Env) ->
    Frame = new_frame(maps:from_list([{N, eval(E, Env)} || [N, E] <- Bindings])),
    eval_body(Body, [Frame | Env]);
eval([list | Args], Env) -> [eval(A, Env) || A <- Args];
eval([F | Args], Env) -> apply_fn(eval(F, Env), [eval(A, Env) || A <- Args]);
eval([], _) -> [].

eval_body([E], Env) -> eval(E, Env);
eval_body([E | Es], Env) -> eval(E, Env), eval_body(Es, Env).

apply_fn(F, Args) when is_function(F) -> apply(F, Args);
apply_fn({closure, Params, Body, Env}, Args) when length(Params) =:= length(Args) ->
    eval_body(Body, [new_frame(maps:from_list(lists:zip(Params, Args))) | Env]);
apply_fn({closure, Params, _, _}, Args) -> throw({lisp_error, {arity, length(Params), length(Args)}});
apply_fn(Other, _) -> throw({lisp_error, {not_a_function, Other}}).

show(true) -> "#t";
show(false) -> "#f";
show(N) when is_integer(N) -> integer_to_list(N);
show(A) when is_atom(A) -> atom_to_list(A);
show({closure, _, _, _}) -> "#<closure>";
show(L) when is_list(L) -> "(" ++ lists:join(" ", [show(X) || X <- L]) ++ ")".
