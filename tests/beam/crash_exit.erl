%% main calls exit/1 with a non-normal reason: reported as an exception of class exit,
%% exit status 1.
-module(crash_exit).
-export([main/0]).

main() ->
    io:format("shutting down~n"),
    exit({shutdown, #{reason => "configuration missing", code => 78}}).
