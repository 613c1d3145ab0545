%% A function_clause error a few calls deep, inside a non-tail call: the report shows the
%% arguments of the failed call and the calling frames with their lines.
-module(crash_function_clause).
-export([main/0]).

main() ->
    Totals = [total(Order) || Order <- [{order, 3, 10}, {order, 1, 99}, {refund, 5}]],
    io:format("~p~n", [Totals]).

total(Order) ->
    Price = price(Order),
    Price + tax(Price).

price({order, Qty, Unit}) -> Qty * Unit.

tax(P) -> P div 10.
