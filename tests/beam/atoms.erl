%% Atoms: conversions, quoting rules of ~p/~w/io_lib:write_atom, comparison, and the
%% booleans as atoms.
-module(atoms).
-export([main/0]).

main() ->
    As = [hello, 'Hello', 'hello world', '', 'a-b', a_b, 'a@b', 'A1', '1a', 'é', 'über',
          'quote\'s', 'back\\slash', 'tab\tx', 'new\nline', '[]', '{}', 'true', false,
          undefined, 'case', 'end', 'fun', 'receive', 'and', 'orelse', 'div', 'catch',
          'maybe', 'else', '+', '++', '=:=', '...', '.', nonode@nohost, 'x.y'],
    [io:format("~w ~p ~s ~ts|~n", [A, A, atom_to_list(A), io_lib:write_atom(A)]) || A <- As],
    io:format("~p~n", [[list_to_atom("made" ++ integer_to_list(N)) || N <- lists:seq(1, 3)]]),
    io:format("~p ~p~n", [atom_to_binary(hello), atom_to_binary('é', latin1)]),
    io:format("~p ~p~n", [binary_to_atom(<<"from_bin">>), binary_to_existing_atom(<<"hello">>)]),
    io:format("~p~n", [list_to_existing_atom("hello")]),
    io:format("~p~n", [catching(fun() -> list_to_existing_atom("surely_no_such_atom_exists_here_42") end)]),
    io:format("~w ~w ~w~n", [a < b, zebra < apple, 'Z' < a]),
    io:format("~w~n", [lists:sort([pear, apple, 'Banana', banana, 'apple pie', a])]),
    io:format("~w ~w ~w ~w~n", [is_atom(true), is_boolean(true), is_boolean(maybe), is_atom("a")]),
    io:format("~w ~w ~w~n", [true and false, true or false, not true]),
    io:format("~w ~w~n", [true xor true, false xor true]),
    io:format("~w~n", [length(atom_to_list('this is a rather long atom with spaces'))]),
    io:format("~p~n", [{node(), erlang:is_alive()}]),
    io:format("~w ~w~n", [?MODULE, ?MODULE_STRING]),
    io:format("~w~n", [lists:map(fun erlang:atom_to_list/1, [x, y])]),
    ok.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
