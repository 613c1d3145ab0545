%% A module with NIF stubs (-nifs, so erlc emits nif_start) whose on_load function loads
%% its library only when the persistent term nif_stub_load is set (nif_missing sets it):
%% run on its own it loads without the library and its Erlang functions run.
-module(nif_stub).
-nifs([add/2]).
-on_load(init/0).
-export([main/0, add/2, plain/0]).

init() ->
    case persistent_term:get(nif_stub_load, false) of
        true -> erlang:load_nif("./nif_stub_library_that_does_not_exist", 0);
        false -> ok
    end.

add(_, _) -> erlang:nif_error(not_loaded).

plain() -> plain_value.

main() ->
    io:format("~p~n", [plain()]),
    io:format("~p~n", [try add(1, 2) catch error:Reason -> Reason end]).
