%% The error reasons of the runtime, each provoked and caught: badarith, badmatch,
%% function_clause, case_clause, if_clause, try_clause, badarg, undef, badarity, badfun,
%% {badkey,K}, {badmap,M}, {badrecord,R}, system_limit, and the exit reasons noproc.
%% (The fun inside {badarity, {Fun, Args}} is replaced by a_fun before printing: how a fun
%% prints depends on its index and on a hash of the compiled module.)
-module(error_reasons).
-export([main/0]).

-record(person, {name, age}).
-record(pet, {name}).

main() ->
    Cases = [
        {badarith, fun() -> id(1) + id(a) end},
        {badarith_div, fun() -> id(1) div id(0) end},
        {badarith_float, fun() -> id(1.0) / id(0) end},
        {badmatch, fun() -> {ok, _} = id({error, nope}) end},
        {function_clause, fun() -> only_ints(id(x)) end},
        {case_clause, fun() -> case id(3) of 1 -> one end end},
        {if_clause, fun() -> X = id(3), if X > 5 -> big end end},
        {try_clause, fun() -> try id(3) of 1 -> one catch _:_ -> caught end end},
        {badarg_atom, fun() -> atom_to_list(id("not an atom")) end},
        {badarg_element, fun() -> element(id(5), {a}) end},
        {badarg_send, fun() -> id(not_registered_name) ! msg end},
        {badarg_list_to_integer, fun() -> list_to_integer(id("12x")) end},
        {undef_module, fun() -> (id(no_such_module)):f() end},
        {undef_function, fun() -> lists:no_such_function(id(1)) end},
        {badarity, fun() -> (id(fun(X) -> X end))(1, 2) end},
        {badfun, fun() -> (id(42))() end},
        {badfun_tuple, fun() -> (id({lists, reverse}))([1]) end},
        {badkey, fun() -> maps:get(missing, id(#{present => 1})) end},
        {badkey_update, fun() -> (id(#{a => 1}))#{b := 2} end},
        {badmap, fun() -> maps:get(k, id(not_a_map)) end},
        {badmap_update, fun() -> (id([]))#{a => 1} end},
        {badrecord, fun() -> P = id(#pet{name = rex}), P#person.name end},
        {badrecord_update, fun() -> P = id({pet, rex}), P#person{age = 3} end},
        {system_limit, fun() -> list_to_atom(lists:duplicate(300, $a)) end},
        {hd_empty, fun() -> hd(id([])) end},
        {tl_empty, fun() -> tl(id([])) end},
        {length_improper, fun() -> length(id([a | b])) end},
        {float_overflow, fun() -> id(1.0e308) * id(10.0) end},
        {bad_tuple_size, fun() -> tuple_size(id([])) end},
        {list_to_atom_badarg, fun() -> list_to_atom(id([a])) end},
        {binary_to_term_bad, fun() -> binary_to_term(id(<<131, 255>>)) end},
        {throw_plain, fun() -> throw(id(just_thrown)) end},
        {exit_plain, fun() -> exit(id(just_exited)) end},
        {error_tuple, fun() -> error(id({custom, [1, 2, 3]})) end},
        {exit_of_linked, fun() -> linked_exit() end},
        {noproc_link, fun() -> link(dead_pid()) end},
        {noproc_monitor, fun() -> Ref = monitor(process, dead_pid()),
                                  receive {'DOWN', Ref, process, _, R} -> exit(R) end end},
        {exit_from_dead, fun() -> exit(dead_pid(), kill) end}
    ],
    [io:format("~-24s ~p~n", [Name, run(F)]) || {Name, F} <- Cases],
    ok.

id(X) -> X.

only_ints(X) when is_integer(X) -> X.

run(F) ->
    try F() of
        V -> {returned, V}
    catch
        error:{badarity, {Fun, Args}} when is_function(Fun) -> {error, {badarity, {a_fun, Args}}};
        Class:Reason -> {Class, Reason}
    end.

linked_exit() ->
    process_flag(trap_exit, true),
    Pid = spawn_link(fun() -> exit(id({shutdown, spawned})) end),
    receive {'EXIT', Pid, Why} -> process_flag(trap_exit, false), {got_exit, Why} end.

dead_pid() ->
    {Pid, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, Pid, normal} -> Pid end.
