%% OTP's proplists module, called for real: lookups, booleans, expansion, normalisation
%% and conversion to and from maps.
-module(otp_proplists).
-export([main/0]).

main() ->
    Opts = [verbose, {depth, 3}, {name, "x"}, {depth, 7}, debug, {mode, fast}, {flag, false}],
    io:format("~p~n", [proplists:get_value(depth, Opts)]),
    io:format("~p~n", [proplists:get_value(missing, Opts)]),
    io:format("~p~n", [proplists:get_value(missing, Opts, default)]),
    io:format("~p~n", [proplists:get_value(verbose, Opts)]),
    io:format("~p~n", [proplists:get_all_values(depth, Opts)]),
    io:format("~p ~p ~p~n", [proplists:get_bool(verbose, Opts), proplists:get_bool(flag, Opts),
                             proplists:get_bool(missing, Opts)]),
    io:format("~p ~p~n", [proplists:is_defined(mode, Opts), proplists:is_defined(nope, Opts)]),
    io:format("~p~n", [proplists:lookup(depth, Opts)]),
    io:format("~p~n", [proplists:lookup(debug, Opts)]),
    io:format("~p~n", [proplists:lookup(nope, Opts)]),
    io:format("~p~n", [proplists:lookup_all(depth, Opts)]),
    io:format("~p~n", [proplists:delete(depth, Opts)]),
    io:format("~p~n", [proplists:get_keys(Opts)]),
    io:format("~p~n", [proplists:append_values(depth, [{depth, [1]}, {depth, 2}, {other, 3}])]),
    io:format("~p~n", [proplists:compact([{a, true}, {b, false}, c, {d, 1}])]),
    io:format("~p~n", [proplists:unfold([a, {b, 1}, c])]),
    io:format("~p~n", [proplists:property({a, true})]),
    io:format("~p~n", [proplists:property(b, 5)]),
    io:format("~p~n", [proplists:substitute_aliases([{v, verbose}], [v, {v, false}, other])]),
    io:format("~p~n", [proplists:substitute_negations([{no_debug, debug}], [no_debug, x])]),
    io:format("~p~n", [proplists:expand([{all, [a, b, {c, 1}]}], [all, d])]),
    io:format("~p~n", [proplists:normalize([v, no_x, all],
                                           [{aliases, [{v, verbose}]},
                                            {negations, [{no_x, x}]},
                                            {expand, [{all, [p, q]}]}])]),
    io:format("~p~n", [proplists:split([{c, 2}, {e, 1}, a, {c, 3, 4}, d, {b, 5}, b], [a, b, c])]),
    io:format("~p~n", [proplists:to_map([a, {b, 1}, {c, 2}, {b, 3}])]),
    io:format("~p~n", [lists:sort(proplists:from_map(#{x => 1, y => 2}))]),
    ok.
