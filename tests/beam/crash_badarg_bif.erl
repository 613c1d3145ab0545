%% A badarg from a BIF with the arguments it was called with: erl's report explains
%% which argument is wrong.
-module(crash_badarg_bif).
-export([main/0]).

main() ->
    Names = ["alpha", "beta", 42],
    io:format("~p~n", [[to_atom(N) || N <- Names]]).

to_atom(N) -> list_to_atom(N).
