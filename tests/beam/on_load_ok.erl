%% -on_load: the program's own module runs its on_load function before main (which sees
%% what it stored); a module whose on_load function does not return ok is not loaded:
%% calling it is undef, and each call loads it again, runs its on_load function again and
%% logs erl's warning with what the function returned (the report's time stamp is masked:
%% on_load_ok.mask).
-module(on_load_ok).
-on_load(init/0).
-export([main/0]).

init() ->
    io:format("on_load_ok: init ran~n"),
    persistent_term:put(on_load_ok, initialised),
    ok.

main() ->
    io:format("main: ~p~n", [persistent_term:get(on_load_ok, missing)]),
    %% on_load_refused refuses to load when this key is set.
    persistent_term:put(on_load_refuse, {error, "not today"}),
    %% Each call loads the module again and runs its on_load function again. erl logs the
    %% warning from another process: wait before printing.
    First = catch_undef(fun() -> on_load_refused:value() end),
    timer:sleep(200),
    io:format("first call: ~p~n", [First]),
    Second = catch_undef(fun() -> on_load_refused:value() end),
    timer:sleep(200),
    io:format("second call: ~p~n", [Second]),
    io:format("exported: ~p~n", [erlang:function_exported(on_load_refused, value, 0)]).

catch_undef(F) ->
    try F() catch error:undef:Stack -> [{M, Fn, A, _} | _] = Stack, {undef, M, Fn, A} end.
