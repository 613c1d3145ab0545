%% Every process waits for a message nothing can send. erl would wait forever; the VM
%% says so and exits with status 1 (docs/beam.md, "Running a program").
-module(deadlock).
-export([main/0]).

main() ->
    Self = self(),
    spawn(fun() -> receive never -> ok end end),
    spawn(fun() -> Self ! started, receive never -> ok end end),
    receive started -> io:format("started~n") end,
    receive never -> ok end.
