%% Hello world, for start-up time: load one module, print one line, stop.
-module(hello).
-export([main/0]).

main() -> io:format("hello, world~n").
