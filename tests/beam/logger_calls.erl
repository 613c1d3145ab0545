%% Logging through logger as a plain erl sets it up: the ?LOG_* macros and logger's
%% functions at each level (notice and above are printed, info and debug are not), format
%% strings, plain strings and reports, metadata, and the default handler's domain filter
%% (no domain, [otp] and [otp, sasl] are printed, other domains are not). Each report
%% carries a time stamp: logger_calls.mask masks it.
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
    %% erl's handler prints in its own process: give it time before halting.
    timer:sleep(300),
    io:format("done~n").
