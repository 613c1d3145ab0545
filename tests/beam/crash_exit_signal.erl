%% The main process is linked to a process that exits abnormally, and main does not
%% trap exits: main is killed by the exit signal. Reported as an exit, status 1.
-module(crash_exit_signal).
-export([main/0]).

main() ->
    io:format("linking to a doomed helper~n"),
    spawn_link(fun() -> exit(helper_failed) end),
    receive never -> ok end.
