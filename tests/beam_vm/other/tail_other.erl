%% A module in another directory, found through -pa.
-module(tail_other).
-export([count/2]).

count(0, Acc) -> Acc;
count(N, Acc) -> tail_other:count(N - 1, Acc + 1).
