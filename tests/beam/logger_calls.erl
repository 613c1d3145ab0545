%% Logging through logger as a plain erl sets it up: the ?LOG_* macros, error_logger and logger's
%% functions at each level (notice and above are printed, info and debug are not), format
%% strings, plain strings and reports, metadata, and the default handler's domain filter
%% (no domain, [otp] and [otp, sasl] are printed, other domains are not), and lazy messages
%% (funs). Each report carries a time stamp, and the errors of lazy messages print the fun:
%% logger_calls.mask masks both.
-module(logger_calls).
-export([main/0]).
-include_lib("kernel/include/logger.hrl").

main() ->
    ?LOG_ERROR("macro with a format: ~p and ~s", [{a, 1}, "text"]),
    ?LOG_WARNING("macro with a plain string"),
    ?LOG_NOTICE(#{what => report, count => 3}),
    ?LOG_INFO("info is below the primary level"),
    ?LOG_DEBUG("and so is debug"),
    ?LOG_ERROR([{key, value}, {other, "string"}]),
    logger:error("function with a format: ~w", [[1, 2, 3]]),
    logger:warning("plain string from a function"),
    logger:notice("notice ~p", [notice]),
    logger:info("not printed"),
    logger:critical(#{report => map}),
    logger:alert("alert ~p", [x], #{domain => [otp]}),
    logger:emergency("emergency"),
    logger:log(error, "log/3 ~p", [three]),
    logger:log(warning, "log/2"),
    logger:log(error, "log/4 with ~s", ["metadata"], #{domain => [otp, sasl]}),
    logger:error("a domain the default handler does not log", #{domain => [elsewhere]}),
    logger:error("a sub-domain of otp, sasl", #{domain => [otp, sasl, deeper]}),
    ?LOG_ERROR("macro with metadata ~p", [meta], #{domain => [otp]}),
    %% Lazy messages: a fun called with the arguments only when the event is logged.
    ?LOG_ERROR(fun(X) -> {"lazy format ~p", [X]} end, 42),
    logger:error(fun(X) -> {"lazy from a function ~p", [X]} end, 7),
    ?LOG_ERROR(fun(_) -> #{lazy => report} end, x),
    ?LOG_WARNING(fun(_) -> {"lazy with metadata", #{domain => [elsewhere]}} end, x),
    ?LOG_WARNING(fun(_) -> "lazy string" end, x),
    ?LOG_WARNING(fun(_) -> ignore end, x),
    ?LOG_WARNING(fun(_) -> 42 end, x),
    ?LOG_NOTICE(fun(_) -> error(oops) end, x),
    ?LOG_INFO(fun(_) -> exit(not_called) end, x),
    logger:log(error, fun(A) -> {"lazy log/4 ~p", [A]} end, [1], #{domain => [otp]}),
    %% error_logger logs through logger.
    error_logger:error_msg("error_logger:error_msg ~p~n", [1]),
    error_logger:warning_msg("error_logger:warning_msg ~s~n", ["x"]),
    error_logger:info_msg("error_logger:info_msg is below the level~n"),
    error_logger:error_report([{a, 1}, "text"]),
    error_logger:warning_report(some_type, [{b, 2}]),
    %% erl's handler prints in its own process: give it time before halting.
    timer:sleep(300),
    io:format("done~n").
