%% main/1 with a word-frequency count over its arguments, printed most frequent first.
-module(wordcount_args).
-export([main/1]).

main(Words) ->
    Counts = lists:foldl(fun(W, M) -> maps:update_with(string:lowercase(W), fun(C) -> C + 1 end, 1, M) end,
                         #{}, Words),
    Sorted = lists:sort(fun({W1, C1}, {W2, C2}) -> {C2, W1} =< {C1, W2} end, maps:to_list(Counts)),
    [io:format("~-8s ~w~n", [W, C]) || {W, C} <- Sorted],
    io:format("~w words, ~w distinct~n", [length(Words), map_size(Counts)]),
    ok.
