%% A module whose on_load function loads a NIF library that is not there: erlang:load_nif
%% fails with the dynamic loader's message, so the module is not loaded, its functions
%% are undef, and erl's code server warning is printed (time stamp masked:
%% nif_missing.mask). erlang:load_nif called directly fails the same way, and badarg
%% for a path that is not a string.
-module(nif_missing).
-export([main/0]).

main() ->
    persistent_term:put(nif_stub_load, true),
    R = try nif_stub:plain() catch error:undef:Stack -> {undef, hd(Stack)} end,
    %% erl logs the warning from another process: wait before printing.
    timer:sleep(200),
    io:format("~p~n", [R]),
    io:format("~p~n", [erlang:load_nif("./another_missing_library", [])]),
    io:format("~p~n", [try erlang:load_nif(not_a_path, []) catch error:E -> E end]).
