%% The stdlib functions that erts implements natively (lists:reverse/2, keyfind/3,
%% keymember/3, keysearch/3, member/2; maps:get/2,3, find/2, put/3, remove/2, keys/1,
%% values/1, merge/2, to_list/1, from_list/1, is_key/2, update/3, take/2; the math
%% module; erlang:abs, min/max, trunc/round/floor/ceil), on ordinary arguments and on the
%% wrong ones: each error is caught and printed with the first frame of its stack trace,
%% as erl raises it. lists:reverse/1 is Erlang code, whose errors differ from reverse/2's.
-module(native_stdlib).
-export([main/0]).

main() ->
    L = [{a, 1}, {b, 2}, {c, 3}, {b, 4}],
    show(lists_reverse, fun() -> lists:reverse([1, 2, 3], [4, 5]) end),
    show(lists_reverse_improper_tail, fun() -> lists:reverse([1, 2], tail) end),
    show(lists_reverse_improper, fun() -> lists:reverse(id([1, 2 | x]), []) end),
    show(lists_reverse_1_bad, fun() -> lists:reverse(id(not_a_list)) end),
    show(lists_reverse_1_improper_short, fun() -> lists:reverse(id([1 | x])) end),
    show(lists_reverse_1_improper_long, fun() -> lists:reverse(id([1, 2, 3 | x])) end),
    show(keyfind, fun() -> {lists:keyfind(b, 1, L), lists:keyfind(3, 2, L), lists:keyfind(z, 1, L)} end),
    show(keyfind_float_key, fun() -> {lists:keyfind(1.0, 2, L), lists:keyfind(1, 2, L)} end),
    show(keyfind_bad_pos, fun() -> lists:keyfind(b, id(0), L) end),
    show(keyfind_not_list, fun() -> lists:keyfind(b, 1, id(#{})) end),
    show(keyfind_short_tuples, fun() -> lists:keyfind(x, 3, [{x}, {x, y}, {p, q, x}, x]) end),
    show(keymember, fun() -> {lists:keymember(c, 1, L), lists:keymember(d, 1, L)} end),
    show(keysearch, fun() -> {lists:keysearch(b, 1, L), lists:keysearch(d, 1, L)} end),
    show(member, fun() -> {lists:member(2.0, [1, 2, 3]), lists:member(2, [1, 2, 3]), lists:member(x, [])} end),
    show(member_improper, fun() -> lists:member(z, id([a, b | c])) end),
    M = #{a => 1, b => 2, "c" => [3]},
    show(maps_get, fun() -> {maps:get(a, M), maps:get(z, M, default)} end),
    show(maps_get_badkey, fun() -> maps:get(z, M) end),
    show(maps_get_badmap, fun() -> maps:get(a, id(not_a_map)) end),
    show(maps_find, fun() -> {maps:find("c", M), maps:find(1.0, #{1 => one})} end),
    show(maps_put_remove, fun() -> {maps:put(d, 4, M), maps:remove(a, M), maps:remove(zz, M)} end),
    show(maps_keys_values, fun() -> {maps:keys(M), maps:values(M), maps:to_list(M)} end),
    show(maps_merge, fun() -> maps:merge(M, #{a => override, e => 5}) end),
    show(maps_from_list, fun() -> maps:from_list([{k, 1}, {k, 2}, {j, 0}]) end),
    show(maps_from_list_bad, fun() -> maps:from_list(id([{k, 1}, oops])) end),
    show(maps_is_key, fun() -> {maps:is_key(a, M), maps:is_key(1, #{1.0 => x})} end),
    show(maps_update, fun() -> maps:update(a, 10, M) end),
    show(maps_update_badkey, fun() -> maps:update(nope, 10, M) end),
    show(maps_take, fun() -> {maps:take(b, M), maps:take(nope, M)} end),
    show(maps_merge_badmap, fun() -> maps:merge(M, id([])) end),
    show(math, fun() -> [math:sqrt(2), math:pow(2, 0.5), math:exp(1), math:log(10), math:log2(1024),
                         math:log10(0.001), math:sin(0.5), math:acos(0.5), math:atan2(1, -1),
                         math:sinh(1), math:acosh(2), math:erf(0.5), math:erfc(0.5), math:fmod(7.5, 2),
                         math:floor(-2.5), math:ceil(-2.5), math:pi()] end),
    show(math_int_args, fun() -> [math:sqrt(16), math:pow(2, 10), math:floor(3), math:ceil(-7)] end),
    show(math_bignum_arg, fun() -> math:sqrt(1 bsl 100) end),
    show(math_sqrt_negative, fun() -> math:sqrt(id(-1)) end),
    show(math_log_zero, fun() -> math:log(id(0)) end),
    show(math_acos_domain, fun() -> math:acos(id(2)) end),
    show(math_pow_overflow, fun() -> math:pow(id(10.0), 400) end),
    show(math_exp_overflow, fun() -> math:exp(id(1000)) end),
    show(math_not_number, fun() -> math:sin(id(zero)) end),
    show(math_fmod_zero, fun() -> math:fmod(id(1.0), 0.0) end),
    show(rounding, fun() -> [trunc(-2.5), round(-2.5), round(2.5), floor(-2.5), ceil(-2.5), abs(-3),
                             abs(-2.5), min(1, 1.0), max(1, 1.0), min(a, 1), max([], {})] end),
    show(round_huge, fun() -> round(1.0e20) end),
    show(trunc_bad, fun() -> trunc(id(nan)) end).

show(Name, F) ->
    try F() of
        V -> io:format("~p: ~p~n", [Name, V])
    catch
        Class:Reason:Stack -> io:format("~p: ~p:~p~n    ~p~n", [Name, Class, Reason, hd(Stack)])
    end.

id(X) -> X.
