%% Records: definition with defaults and types, creation, access, update, matching in
%% heads and guards, record_info, nested records, and records as plain tuples.
-module(records).
-export([main/0]).

-record(point, {x = 0 :: integer(), y = 0 :: integer()}).
-record(rect, {top_left = #point{}, bottom_right = #point{x = 1, y = 1}, label}).
-record(employee, {name, dept = engineering, salary = 1000, skills = []}).

main() ->
    P = #point{x = 3, y = 4},
    io:format("~p ~w~n", [P, P]),
    io:format("~w ~w~n", [P#point.x, P#point.y]),
    io:format("~p~n", [#point{}]),
    P2 = P#point{y = 10},
    io:format("~p~n", [P2]),
    R = #rect{label = "box"},
    io:format("~p~n", [R]),
    io:format("~w~n", [(R#rect.bottom_right)#point.x]),
    R2 = R#rect{top_left = #point{x = -1, y = -1}},
    io:format("~w~n", [area(R2)]),
    io:format("~w~n", [record_info(fields, employee)]),
    io:format("~w ~w~n", [record_info(size, employee), #employee.salary]),
    Staff = [#employee{name = "ann", salary = 3000, skills = [erlang]},
             #employee{name = "bob", dept = sales},
             #employee{name = "cy", salary = 2500, skills = [c, erlang]}],
    io:format("~p~n", [[E#employee.name || E <- Staff, lists:member(erlang, E#employee.skills)]]),
    io:format("~w~n", [lists:sum([S || #employee{salary = S} <- Staff])]),
    Raised = [raise(E, 10) || E <- Staff],
    io:format("~p~n", [Raised]),
    io:format("~p~n", [lists:keysort(#employee.salary, Staff)]),
    io:format("~w ~w~n", [is_record(P, point), is_record(P, rect)]),
    io:format("~w~n", [describe(P)]),
    io:format("~w~n", [describe(R)]),
    io:format("~w~n", [describe({point, a, b, c})]),
    io:format("~w~n", [P =:= {point, 3, 4}]),
    io:format("~w~n", [element(1, P)]),
    #point{x = X} = P,
    io:format("~w~n", [X]),
    io:format("~p~n", [try (id({other, 1}))#point.x catch error:E -> E end]),
    io:format("~p~n", [try (id(not_a_record))#point{x = 1} catch error:E2 -> E2 end]),
    io:format("~p~n", [lists:keyfind("bob", #employee.name, Staff)]),
    io:format("~p~n", [#employee{name = "long name for printing", skills = [erlang, elixir, lfe, gleam, clojure, haskell]}]),
    ok.

id(X) -> X.

area(#rect{top_left = #point{x = X1, y = Y1}, bottom_right = #point{x = X2, y = Y2}}) ->
    abs(X2 - X1) * abs(Y2 - Y1).

raise(#employee{dept = engineering, salary = S} = E, Pct) -> E#employee{salary = S + S * Pct div 100};
raise(E, _) -> E.

describe(#point{x = X, y = Y}) when X =:= Y -> diagonal;
describe(#point{}) -> point;
describe(#rect{label = L}) -> {rect, L};
describe(_) -> unknown.
