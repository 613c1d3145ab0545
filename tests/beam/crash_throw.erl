%% An uncaught throw escapes main: reported as an exception of class throw, exit status 1.
-module(crash_throw).
-export([main/0]).

main() ->
    io:format("searching~n"),
    find(7, [{1, a}, {2, b}, {3, c}]).

find(K, []) -> throw({not_found, K, "no such key"});
find(K, [{K, V} | _]) -> V;
find(K, [_ | T]) -> find(K, T).
