%% REVERSE (Pyrlang's benchmark): build the reversed list [N, N-1, ..., 1] and bubble
%% sort it. Every pass walks the list once and builds the next list (reversed, then
%% turned round by a hand-written reverse, so that no BIF is called in the loops); the
%% reversed input is the worst case, N passes. The result must be [1, ..., N].
-module(reverse).
-export([main/0, main/1]).

main() -> main(["6000"]).

main([Size]) ->
    N = list_to_integer(Size),
    L = make(N, []),
    T0 = erlang:monotonic_time(nanosecond),
    Sorted = bubble(L),
    T1 = erlang:monotonic_time(nanosecond),
    Ok = Sorted =:= lists:seq(1, N),
    io:format("reverse: bubble sort of [~w..1], sorted: ~w~n", [N, Ok]),
    io:format("metric ~.3f s ~w elements~n", [(T1 - T0) / 1.0e9, N]).

%% [N, N-1, ..., 1]
make(0, Acc) -> rev(Acc, []);
make(N, Acc) -> make(N - 1, [N | Acc]).

bubble(L) ->
    case pass(L, [], false) of
        {RevL, true} -> bubble(rev(RevL, []));
        {RevL, false} -> rev(RevL, [])
    end.

%% One pass: the larger of each neighbouring pair moves on; the pass's output is reversed.
pass([A, B | T], Acc, _) when A > B -> pass([A | T], [B | Acc], true);
pass([A | T], Acc, Swapped) -> pass(T, [A | Acc], Swapped);
pass([], Acc, Swapped) -> {Acc, Swapped}.

rev([H | T], Acc) -> rev(T, [H | Acc]);
rev([], Acc) -> Acc.
