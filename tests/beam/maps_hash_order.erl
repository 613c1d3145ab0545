%% Maps of more than 32 keys are hash tries in erts: their iteration order (maps:keys,
%% maps:to_list, maps:fold, and ~p/~w, which print in that order in OTP 25) follows the
%% internal hash, not term order. This program shows that order for integer, string and
%% tuple keys; a VM that wants byte-identical output for large maps must reproduce it.
%% (Atom keys are left out: erl itself does not give one order for them from run to run.)
-module(maps_hash_order).
-export([main/0]).

main() ->
    Small = maps:from_list([{N, x} || N <- lists:seq(1, 32)]),
    Large = maps:from_list([{N, x} || N <- lists:seq(1, 33)]),
    io:format("~w~n", [maps:keys(Small)]),
    io:format("~w~n", [maps:keys(Large)]),
    Strings = maps:from_list([{integer_to_list(N), N} || N <- lists:seq(1, 40)]),
    io:format("~w~n", [maps:values(Strings)]),
    Tuples = maps:from_list([{{N, -N}, N} || N <- lists:seq(1, 40)]),
    io:format("~w~n", [maps:values(Tuples)]),
    io:format("~p~n", [Large]),
    io:format("~w~n", [maps:fold(fun(K, _, Acc) -> [K | Acc] end, [], Large)]),
    Shrunk = maps:without(lists:seq(20, 33), Large),
    io:format("~w ~w~n", [map_size(Shrunk), maps:keys(Shrunk)]),
    io:format("~w~n", [lists:sort(maps:keys(Large)) =:= lists:seq(1, 33)]),
    ok.
