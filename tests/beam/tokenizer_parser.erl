%% A tokenizer and recursive-descent parser for arithmetic with variables, let-bindings
%% and function calls; it prints tokens and syntax trees with ~p, evaluates the trees,
%% and reports syntax errors with their positions.
-module(tokenizer_parser).
-export([main/0]).

main() ->
    Sources = ["1 + 2 * 3",
               "(1 + 2) * 3",
               "2 ^ 3 ^ 2",
               "-4 + 10 / 4",
               "let x = 5 in x * x + 1",
               "let a = 2 in let b = a * 10 in max(a, b, 7) - min(b, 3)",
               "sqrt(16) + abs(-3.5)",
               "1 +",
               "3 * (4 + 5",
               "2 $ 3",
               "unknown(1)",
               "x + 1"],
    [run(S) || S <- Sources],
    io:format("~p~n", [tokens("let total = price * 1.25 in total")]),
    ok.

run(Src) ->
    io:format("~s~n", [Src]),
    case tokens(Src) of
        {error, E} -> io:format("  lex error: ~p~n", [E]);
        Toks ->
            case parse(Toks) of
                {ok, Ast} ->
                    io:format("  ast: ~p~n", [Ast]),
                    io:format("  value: ~p~n", [catch_eval(Ast)]);
                {error, E} ->
                    io:format("  parse error: ~p~n", [E])
            end
    end.

catch_eval(Ast) ->
    try eval(Ast, #{}) catch throw:{eval_error, R} -> {error, R} end.

%% Tokens: {num, Pos, N} | {id, Pos, Name} | {op, Pos, Char} | {kw, Pos, Word}
tokens(S) -> tokens(S, 1, []).
tokens([], _, Acc) -> lists:reverse(Acc);
tokens([C | T], P, Acc) when C =:= $\s; C =:= $\t -> tokens(T, P + 1, Acc);
tokens([C | _] = S, P, Acc) when C >= $0, C =< $9 ->
    {Num, Rest} = number(S, []),
    tokens(Rest, P + length(S) - length(Rest), [{num, P, Num} | Acc]);
tokens([C | _] = S, P, Acc) when C >= $a, C =< $z ->
    {Word, Rest} = lists:splitwith(fun(X) -> (X >= $a andalso X =< $z) orelse (X >= $0 andalso X =< $9) end, S),
    Tok = case Word of
              "let" -> {kw, P, 'let'};
              "in" -> {kw, P, in};
              _ -> {id, P, list_to_atom(Word)}
          end,
    tokens(Rest, P + length(Word), [Tok | Acc]);
tokens([C | T], P, Acc) ->
    case lists:member(C, "+-*/^(),=") of
        true -> tokens(T, P + 1, [{op, P, C} | Acc]);
        false -> {error, {unexpected_char, [C], at, P}}
    end.

number(S, _) ->
    {Int, Rest} = lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, S),
    case Rest of
        [$., D | Rest2] when D >= $0, D =< $9 ->
            {Frac, Rest3} = lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, [D | Rest2]),
            {list_to_float(Int ++ "." ++ Frac), Rest3};
        _ -> {list_to_integer(Int), Rest}
    end.

%% Grammar:
%%   expr   := 'let' id '=' expr 'in' expr | sum
%%   sum    := term (('+'|'-') term)*
%%   term   := power (('*'|'/') power)*
%%   power  := unary ('^' power)?
%%   unary  := '-' unary | atom
%%   atom   := num | id | id '(' args ')' | '(' expr ')'
parse(Toks) ->
    try expr(Toks) of
        {Ast, []} -> {ok, Ast};
        {_, [T | _]} -> {error, {trailing, tok_text(T), at, element(2, T)}}
    catch
        throw:{syntax, What} -> {error, What}
    end.

expr([{kw, _, 'let'}, {id, _, Name}, {op, _, $=} | T]) ->
    {Val, [{kw, _, in} | T2]} = expect_in(expr(T)),
    {Body, T3} = expr(T2),
    {{'let', Name, Val, Body}, T3};
expr(Toks) -> sum(Toks).

expect_in({_, [{kw, _, in} | _]} = R) -> R;
expect_in({_, [T | _]}) -> throw({syntax, {expected, "in", got, tok_text(T), at, element(2, T)}});
expect_in({_, []}) -> throw({syntax, {expected, "in", got, eof}}).

sum(Toks) -> {L, T} = term(Toks), sum_rest(L, T).
sum_rest(L, [{op, _, Op} | T]) when Op =:= $+; Op =:= $- ->
    {R, T2} = term(T), sum_rest({binop, [Op], L, R}, T2);
sum_rest(L, T) -> {L, T}.

term(Toks) -> {L, T} = power(Toks), term_rest(L, T).
term_rest(L, [{op, _, Op} | T]) when Op =:= $*; Op =:= $/ ->
    {R, T2} = power(T), term_rest({binop, [Op], L, R}, T2);
term_rest(L, T) -> {L, T}.

power(Toks) ->
    case unary(Toks) of
        {B, [{op, _, $^} | T]} -> {E, T2} = power(T), {{binop, "^", B, E}, T2};
        Other -> Other
    end.

unary([{op, _, $-} | T]) -> {E, T2} = unary(T), {{neg, E}, T2};
unary(Toks) -> atom(Toks).

atom([{num, _, N} | T]) -> {{num, N}, T};
atom([{id, _, F}, {op, _, $(} | T]) -> {Args, T2} = args(T, []), {{call, F, Args}, T2};
atom([{id, _, V} | T]) -> {{var, V}, T};
atom([{op, _, $(} | T]) ->
    case expr(T) of
        {E, [{op, _, $)} | T2]} -> {E, T2};
        {_, [Tok | _]} -> throw({syntax, {expected, ")", got, tok_text(Tok), at, element(2, Tok)}});
        {_, []} -> throw({syntax, {expected, ")", got, eof}})
    end;
atom([T | _]) -> throw({syntax, {unexpected, tok_text(T), at, element(2, T)}});
atom([]) -> throw({syntax, unexpected_eof}).

args(T, Acc) ->
    {E, T2} = expr(T),
    case T2 of
        [{op, _, $,} | T3] -> args(T3, [E | Acc]);
        [{op, _, $)} | T3] -> {lists:reverse([E | Acc]), T3};
        _ -> throw({syntax, bad_argument_list})
    end.

tok_text({num, _, N}) -> N;
tok_text({id, _, N}) -> N;
tok_text({op, _, C}) -> [C];
tok_text({kw, _, K}) -> K.

eval({num, N}, _) -> N;
eval({var, V}, Env) ->
    case Env of
        #{V := X} -> X;
        _ -> throw({eval_error, {unbound, V}})
    end;
eval({neg, E}, Env) -> -eval(E, Env);
eval({'let', N, V, B}, Env) -> eval(B, Env#{N => eval(V, Env)});
eval({binop, "+", L, R}, Env) -> eval(L, Env) + eval(R, Env);
eval({binop, "-", L, R}, Env) -> eval(L, Env) - eval(R, Env);
eval({binop, "*", L, R}, Env) -> eval(L, Env) * eval(R, Env);
eval({binop, "/", L, R}, Env) -> eval(L, Env) / eval(R, Env);
eval({binop, "^", L, R}, Env) -> pow(eval(L, Env), eval(R, Env));
eval({call, F, Args}, Env) -> call(F, [eval(A, Env) || A <- Args]).

pow(B, E) when is_integer(B), is_integer(E), E >= 0 -> ipow(B, E);
pow(B, E) -> math:pow(B, E).
ipow(_, 0) -> 1;
ipow(B, E) -> B * ipow(B, E - 1).

call(max, Args) -> lists:max(Args);
call(min, Args) -> lists:min(Args);
call(abs, [X]) -> abs(X);
call(sqrt, [X]) -> math:sqrt(X);
call(F, Args) -> throw({eval_error, {undefined_function, F, length(Args)}}).
