%% erlang:phash/2 (the hash dict and sets use) gives erl's values for every kind of term:
%% integers of every size and sign, floats (0.0 and -0.0 alike), atoms, strings and other
%% lists, tuples, binaries and bitstrings, maps, funs; and the range is honoured.
-module(phash).
-export([main/0]).
-compile(nowarn_deprecated_function).

main() ->
    Terms = [0, 1, -1, 255, 256, 1 bsl 32, 1 bsl 40, -(1 bsl 70), 1 bsl 64, 3.5, -0.0, 0.0,
             atom, 'héllo', [], "abc", [1, 2 | 3], [a, b], [300, "x"], {}, {a, 1, "b"},
             <<>>, <<1, 2, 3>>, <<1:3>>, <<5, 1:2>>, #{a => 1}, #{}, fun lists:map/2, true,
             {[], [[]]}],
    [io:format("~w~n", [erlang:phash(T, 4294967296)]) || T <- Terms],
    io:format("~w~n", [[erlang:phash(T, 7) || T <- Terms]]),
    io:format("~w~n", [try erlang:phash(x, 0) catch error:R -> R end]).
