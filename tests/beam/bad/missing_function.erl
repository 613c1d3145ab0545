%% Calls to functions that do not exist, in modules that do: one in OTP's lists module,
%% the last one a function of this module that is defined but not exported. Each is
%% undef, reported the way erl reports it; the last one is not caught.
-module(missing_function).
-export([main/0]).

main() ->
    io:format("~p~n", [lists:reverse([1, 2, 3])]),
    io:format("~p~n", [try lists:reverse_all([1, 2, 3]) catch error:R1 -> R1 end]),
    io:format("~p~n", [try (id(lists)):seq(1, 2, 3, 4) catch error:R2 -> R2 end]),
    io:format("~p~n", [erlang:function_exported(?MODULE, helper, 0)]),
    ?MODULE:helper().

id(X) -> X.

helper() -> "defined but not exported".
