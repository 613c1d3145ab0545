%% Every kind of tail call runs in constant stack: the test runs with --max-depth=200, so
%% any of these loops that kept a frame per iteration would fail. Local (call_only and
%% call_last), external (call_ext_only, call_ext_last), apply_last, erlang:apply/3, a fun
%% called in tail position, mutual recursion, and a loop through another module.
-module(tail_calls).
-export([main/0, ext_loop/2, applied/2]).

-define(N, 1000000).

main() ->
    io:format("local ~w~n", [local(?N, 0)]),
    io:format("last ~w~n", [last(?N, 0)]),
    io:format("external ~w~n", [?MODULE:ext_loop(?N, 0)]),
    io:format("apply ~w~n", [applied(?N, 0)]),
    io:format("erlang:apply ~w~n", [erlang:apply(?MODULE, applied, [?N, 0])]),
    F = fun Loop(0, Acc) -> Acc; Loop(K, Acc) -> Loop(K - 1, Acc + 2) end,
    io:format("fun ~w~n", [F(?N, 0)]),
    io:format("mutual ~w~n", [even(?N)]),
    io:format("other module ~w~n", [tail_other:count(?N, 0)]),
    io:format("with frame ~w~n", [with_frame(?N, [])]).

local(0, Acc) -> Acc;
local(N, Acc) -> local(N - 1, Acc + 1).

%% call_last: the frame is deallocated by the tail call itself.
last(0, Acc) -> Acc;
last(N, Acc) ->
    X = id(N),
    last(X - 1, Acc + 1).

id(X) -> X.

ext_loop(0, Acc) -> Acc;
ext_loop(N, Acc) -> ?MODULE:ext_loop(N - 1, Acc + 1).

applied(0, Acc) -> Acc;
applied(N, Acc) ->
    M = ?MODULE,
    M:applied(N - 1, Acc + 1).

even(0) -> true;
even(N) -> odd(N - 1).
odd(0) -> false;
odd(N) -> even(N - 1).

with_frame(0, L) -> length(L);
with_frame(N, L) when N rem 100000 =:= 0 ->
    L2 = [N | L],
    with_frame(N - 1, L2);
with_frame(N, L) ->
    with_frame(N - 1, L).
