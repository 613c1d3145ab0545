%% N-queens by backtracking: all solutions for N = 1..9, the first solution drawn as a
%% board, and a count for N = 10 with a bit-mask solver.
-module(nqueens).
-export([main/0]).

main() ->
    [io:format("~w queens: ~w solutions~n", [N, length(queens(N))]) || N <- lists:seq(1, 9)],
    [First | _] = queens(8),
    io:format("~w~n", [First]),
    [io:format("~s~n", [[if C =:= Col -> $Q; true -> $. end || C <- lists:seq(1, 8)]]) || Col <- First],
    io:format("10 queens (bits): ~w~n", [count_bits(10)]),
    io:format("distinct first columns for 8: ~w~n", [lists:usort([hd(S) || S <- queens(8)])]),
    ok.

queens(N) -> place(N, N, []).

place(_, 0, Placed) -> [Placed];
place(N, K, Placed) ->
    [S || Col <- lists:seq(1, N), safe(Col, Placed, 1), S <- place(N, K - 1, [Col | Placed])].

safe(_, [], _) -> true;
safe(Col, [C | Rest], D) -> Col =/= C andalso abs(Col - C) =/= D andalso safe(Col, Rest, D + 1).

count_bits(N) -> bits(N, (1 bsl N) - 1, 0, 0, 0).

bits(_, All, Cols, _, _) when Cols =:= All -> 1;
bits(N, All, Cols, D1, D2) ->
    Free = All band bnot (Cols bor D1 bor D2),
    try_bits(N, All, Cols, D1, D2, Free, 0).

try_bits(_, _, _, _, _, 0, Acc) -> Acc;
try_bits(N, All, Cols, D1, D2, Free, Acc) ->
    Bit = Free band (-Free),
    Sub = bits(N, All, Cols bor Bit, ((D1 bor Bit) bsl 1) band All, (D2 bor Bit) bsr 1),
    try_bits(N, All, Cols, D1, D2, Free - Bit, Acc + Sub).
