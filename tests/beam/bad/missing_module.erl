%% A call to a module that exists nowhere on the code path: undef, reported the way erl
%% reports it (the module name, the function and its arity). The first call is caught,
%% the second is not.
-module(missing_module).
-export([main/0]).

main() ->
    io:format("~p~n", [try nonexistent:f() catch error:R -> R end]),
    io:format("~p~n", [code:which(nonexistent)]),
    io:format("~p~n", [erlang:module_loaded(nonexistent)]),
    io:format("calling nonexistent:f()~n"),
    nonexistent:f().
