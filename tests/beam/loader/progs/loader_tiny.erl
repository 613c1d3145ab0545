%% Loader test module: small on purpose (few atoms, imports and labels), the base the
%% bad-input tests corrupt byte by byte.
-module(loader_tiny).
-export([main/0]).

main() -> io:format("~p~n", [{fact(5), 1.5}]).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
