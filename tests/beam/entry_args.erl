%% --entry F with arguments calls F/1 with them as a list of strings (entry_args.opts,
%% entry_args.args); main/1 exists too and must not run. It also calls entry_zero, a
%% module found in the program file's own directory.
-module(entry_args).
-export([main/1, run/0, run/1]).

main(Args) -> io:format("main/1 ran instead of run/1: ~p~n", [Args]).

run() -> io:format("run/0 ran instead of run/1~n").

run(Args) ->
    io:format("run/1 ~p~n", [Args]),
    io:format("~w~n", [[length(A) || A <- Args]]),
    entry_zero:start().
