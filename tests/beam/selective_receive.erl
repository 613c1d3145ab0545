%% Selective receive: taking a later message before earlier ones, patterns with guards,
%% 'after 0' polling, timeouts, messages left in the queue for a later receive, and the
%% order between one sender and one receiver.
-module(selective_receive).
-export([main/0]).

main() ->
    Self = self(),
    [Self ! M || M <- [{low, 1}, {high, 2}, {low, 3}, {high, 4}, other, {low, 5}]],
    io:format("~w~n", [take_high([])]),
    io:format("~w~n", [take_all([])]),
    io:format("~w~n", [receive nothing -> got after 0 -> timeout end]),
    io:format("~w~n", [receive nothing -> got after 30 -> timeout_30 end]),
    Self ! {num, 5}, Self ! {num, 50}, Self ! {num, 15},
    io:format("~w~n", [receive {num, N} when N > 10 -> N end]),
    io:format("~w~n", [receive {num, N2} -> N2 end]),
    io:format("~w~n", [receive {num, N3} -> N3 end]),
    Sender = spawn(fun() -> receive {go, To} -> [To ! {seq, I} || I <- lists:seq(1, 100)] end end),
    Sender ! {go, Self},
    Seq = [receive {seq, I} -> I end || _ <- lists:seq(1, 100)],
    io:format("in order ~w~n", [Seq =:= lists:seq(1, 100)]),
    Senders = [spawn(fun() -> receive go -> [Self ! {from, K, I} || I <- lists:seq(1, 20)] end end)
               || K <- [a, b, c]],
    [S ! go || S <- Senders],
    All = [receive {from, K, I} -> {K, I} end || _ <- lists:seq(1, 60)],
    io:format("~w~n", [[[I || {K2, I} <- All, K2 =:= K] || K <- [a, b, c]]]),
    Self ! first, Self ! second, Self ! third,
    io:format("~w~n", [receive third -> 3 end]),
    io:format("~w~n", [receive X -> X end]),
    io:format("~w~n", [receive Y -> Y end]),
    Ref = make_ref(),
    Self ! {reply, other_ref, wrong},
    Self ! {reply, Ref, right},
    io:format("~w~n", [receive {reply, Ref, V} -> V end]),
    io:format("~w~n", [flush()]),
    Timeout = 0,
    io:format("~w~n", [receive _ -> something after Timeout -> empty end]),
    io:format("~w~n", [receive _ -> something after infinity_never() -> waited end]),
    ok.

infinity_never() -> 10.

take_high(Acc) ->
    receive {high, N} -> take_high([N | Acc]) after 0 -> lists:reverse(Acc) end.

take_all(Acc) ->
    receive M -> take_all([M | Acc]) after 0 -> lists:reverse(Acc) end.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
