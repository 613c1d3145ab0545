%% Ten million iterations of a loop made of each kind of tail call, in bounded memory:
%% call_only (a local tail call from a function without a stack frame), call_last (one
%% with a frame, which the call deallocates), call_ext_only and call_ext_last (the same
%% through the export table), apply_last (M:F(Args) with computed names), and a fun
%% called in tail position. The test runs with --max-depth=100 (tail_calls_long.opts), so
%% a loop that kept one frame per iteration would fail at once.
-module(tail_calls_long).
-export([main/0, ext_only/2, ext_last/2, applied/3]).

-define(N, 10000000).

main() ->
    io:format("call_only ~w~n", [only(?N, 0)]),
    io:format("call_last ~w~n", [last(?N, 0)]),
    io:format("call_ext_only ~w~n", [?MODULE:ext_only(?N, 0)]),
    io:format("call_ext_last ~w~n", [?MODULE:ext_last(?N, 0)]),
    io:format("apply_last ~w~n", [applied(?MODULE, ?N, 0)]),
    F = fun Loop(0, Acc) -> Acc; Loop(K, Acc) -> Loop(K - 1, Acc + 3) end,
    io:format("fun ~w~n", [F(?N, 0)]).

only(0, Acc) -> Acc;
only(N, Acc) -> only(N - 1, Acc + 1).

last(0, Acc) -> Acc;
last(N, Acc) ->
    X = id(N),
    last(X - 1, Acc + 2).

ext_only(0, Acc) -> Acc;
ext_only(N, Acc) -> ?MODULE:ext_only(N - 1, Acc + 1).

ext_last(0, Acc) -> Acc;
ext_last(N, Acc) ->
    X = id(N),
    ?MODULE:ext_last(X - 1, Acc + 1).

applied(_, 0, Acc) -> Acc;
applied(M, N, Acc) ->
    X = id(N),
    F = id(applied),
    M:F(M, X - 1, Acc + 1).

id(X) -> X.
