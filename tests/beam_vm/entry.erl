%% --entry runs another exported function: start/1 with the arguments as strings.
-module(entry).
-export([main/0, start/1]).

main() -> io:format("main, not start~n").

start(Args) ->
    io:format("start ~p~n", [Args]),
    io:format("~w~n", [lists:sum([list_to_integer(A) || A <- Args])]).
