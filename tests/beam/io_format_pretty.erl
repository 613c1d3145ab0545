%% ~p line breaking: long flat lists, nested tuples, lists of tuples, records, maps,
%% strings inside structures, the starting column taken from the text before ~p, ~Np
%% widths, and very deep nesting.
-module(io_format_pretty).
-export([main/0]).

-record(config, {name, version, options = [], deps = [], env = #{}}).

main() ->
    io:format("~p~n", [lists:seq(1, 40)]),
    io:format("~p~n", [lists:seq(1000, 1060)]),
    io:format("~p~n", [[{N, integer_to_list(N), N * N} || N <- lists:seq(1, 12)]]),
    io:format("~p~n", [{a, {b, {c, {d, {e, {f, {g, {h, {i, {j, {k, {l, {m, {n, {o, {p, {q, {r, {s, {t}}}}}}}}}}}}}}}}}}}}]),
    io:format("~p~n", [[[[[[[[[[[[[[[[[[[[deep]]]]]]]]]]]]]]]]]]]]),
    Config = #config{name = "switchyard-test-application",
                     version = {1, 2, 3},
                     options = [verbose, {log_level, debug}, {timeout, 5000}, {retries, 3}, {backoff, exponential}],
                     deps = [{kernel, "8.5.3"}, {stdlib, "4.2"}, {crypto, "5.1.2"}, {ssl, "10.8.7"}],
                     env = #{port => 8080, host => "localhost", workers => 16, paths => ["/usr/lib", "/opt/app/lib"]}},
    io:format("~p~n", [Config]),
    io:format("config: ~p~n", [Config]),
    io:format("a much longer prefix before the term: ~p~n", [lists:seq(1, 30)]),
    io:format("~p~n", [#{alpha => lists:seq(1, 15), beta => {tuple, with, "strings", and_atoms},
                         gamma => #{nested => #{deeper => [1, 2, 3], other => "text value here"}},
                         delta => <<"a binary that is fairly long to force a break somewhere">>}]),
    io:format("~p~n", [["a list of strings", "each of which is reasonably long", "so the list",
                        "must be broken", "over several lines of output"]]),
    io:format("~p~n", [{"mixed", 'Quoted Atom', [1.5, 2.25, -3.0e-5], <<1, 2, 3>>, {}, [], #{}}]),
    io:format("~40p~n", [lists:seq(1, 30)]),
    io:format("~20p~n", [{abc, def, ghi, jkl, mno}]),
    io:format("~200p~n", [[{N, N} || N <- lists:seq(1, 30)]]),
    io:format("~p~n", [[{key, value} || _ <- lists:seq(1, 10)]]),
    io:format("~p~n", [{1, [{2, [{3, [{4, [{5, "leaf node with a string payload"}]}]}]}]}]),
    io:format("~p~n", [lists:duplicate(6, {"abcdefghijklmnopqrstuvwxyz", 1234567890})]),
    io:format("~p~n", [[a | improper_tail]]),
    io:format("~p~n", [[1, 2, 3 | lists:seq(4, 40)]]),
    io:format("~p~n", [{[1, 2 | three], lists:seq(1, 25), [x | y]}]),
    io:format("~p~n", [list_to_tuple(lists:seq(1, 35))]),
    io:format("~p~n", [[lists:seq(1, 10), lists:seq(11, 20), lists:seq(21, 30), lists:seq(31, 40)]]),
    io:format("~p~n", [maps:from_list([{list_to_atom("key_" ++ integer_to_list(N)), N} || N <- lists:seq(1, 12)])]),
    io:format("~p~n", ["a single string that is much longer than the line width of eighty columns, so what happens?"]),
    io:format("~p~n", [["short", "list"]]),
    io:format("~p~n", [{<<"bin key">>, [<<"first binary in list">>, <<"second binary in list">>, <<"third">>]}]),
    io:format("~p~n", [[{'EXIT', {badarg, [{erlang, element, [5, {a}], []}, {mod, fn, 2, [{file, "mod.erl"}, {line, 42}]}]}}]]),
    io:format("~P~n", [Config, 6]),
    io:format("~p~n", [[[]]]),
    io:format("~p~n", [[[], [[]], [[], []]]]),
    io:format("~p~n", [{[10, 13, 9], "\t\r\n", [$a, 0], [7, 8, 27]}]),
    ok.
