%% erlang:halt/1 ends the run at once with the given status, after the output so far.
-module(halt_status).
-export([main/0]).

main() ->
    io:format("about to halt~n"),
    erlang:halt(3),
    io:format("not reached~n").
