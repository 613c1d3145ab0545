%% case and if: clauses with patterns and guards, variables bound in clauses and used
%% afterwards, nested case, and the case_clause / if_clause errors.
-module(case_if).
-export([main/0]).

main() ->
    [io:format("~w -> ~w~n", [X, shape(X)]) || X <- [{circle, 1}, {rect, 2, 3}, {tri, 3, 4, 5}, blob]],
    [io:format("~w: ~s~n", [N, fizz(N)]) || N <- lists:seq(1, 15)],
    [io:format("~w ~w ~w~n", [A, B, compare(A, B)]) || A <- [1, 2], B <- [1, 2]],
    Res = case lists:keyfind(b, 1, [{a, 1}, {b, 2}]) of
              {b, V} when V > 1 -> Found = V * 10, {found, Found};
              {b, V} -> {small, V};
              false -> not_found
          end,
    io:format("~w~n", [Res]),
    case {ok, 5} of
        {ok, Bound} -> ok;
        {error, Bound} -> ok
    end,
    io:format("bound ~w~n", [Bound]),
    io:format("~w~n", [grade(95)]),
    io:format("~w~n", [[grade(S) || S <- [30, 65, 72, 88, 100]]]),
    io:format("~w~n", [nested(3, -1)]),
    io:format("~w~n", [try shape(id({hexagon})) catch error:R -> R end]),
    io:format("~w~n", [try sign_if(id(foo)) catch error:R2 -> R2 end]),
    io:format("~w~n", [[sign_if(X) || X <- [-3, 0, 8]]]),
    io:format("~w~n", [try case id(7) of 1 -> one end catch error:R3 -> R3 end]),
    io:format("~w~n", [bool_case(1 > 0)]),
    ok.

id(X) -> X.

shape(S) ->
    case S of
        {circle, R} -> {area, 3 * R * R};
        {rect, W, H} -> {area, W * H};
        {tri, A, B, C} when A + B > C -> {perimeter, A + B + C};
        blob -> unknown
    end.

fizz(N) ->
    if N rem 15 =:= 0 -> "FizzBuzz";
       N rem 3 =:= 0 -> "Fizz";
       N rem 5 =:= 0 -> "Buzz";
       true -> integer_to_list(N)
    end.

compare(A, B) ->
    if A < B -> less; A > B -> greater; true -> equal end.

grade(S) when S >= 90 -> a;
grade(S) ->
    if S >= 80 -> b;
       S >= 70 -> c;
       S >= 60 -> d;
       true -> f
    end.

nested(X, Y) ->
    case X > 0 of
        true ->
            case Y > 0 of
                true -> both_positive;
                false -> only_x
            end;
        false -> x_not_positive
    end.

sign_if(X) ->
    if is_number(X), X < 0 -> negative;
       is_number(X), X =:= 0 -> zero;
       is_number(X) -> positive
    end.

bool_case(B) ->
    case B of
        true -> yes;
        false -> no
    end.
