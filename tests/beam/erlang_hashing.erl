%% Hashes and checksums that erts defines exactly: erlang:phash2/1,2 on every kind of
%% term, erlang:crc32 and adler32 (zlib's), and the stability of term_to_binary.
-module(erlang_hashing).
-export([main/0]).

main() ->
    Terms = [0, 1, -1, 1 bsl 64, 3.14, atom, "string", <<"binary">>, <<1:3>>, {tuple, 1},
             [list, [nested]], #{k => v, 1 => 2}, [], {}, #{}],
    [io:format("~w ~w~n", [erlang:phash2(T), erlang:phash2(T, 1000)]) || T <- Terms],
    io:format("~w~n", [erlang:phash2(lists:seq(1, 1000))]),
    io:format("~w~n", [erlang:crc32(<<"The quick brown fox jumps over the lazy dog">>)]),
    io:format("~w~n", [erlang:crc32(erlang:crc32(<<"The quick brown fox ">>), <<"jumps over the lazy dog">>)]),
    io:format("~w~n", [erlang:adler32(<<"Wikipedia">>)]),
    io:format("~w~n", [erlang:crc32([<<"io">>, "list"])]),
    io:format("~w~n", [term_to_binary({a, "b", <<"c">>, 1.5, -7, [], #{}})]),
    io:format("~w~n", [byte_size(term_to_binary(lists:seq(1, 300)))]),
    io:format("~w~n", [term_to_binary(lists:seq(1, 300), [compressed]) =/= term_to_binary(lists:seq(1, 300))]),
    io:format("~w~n", [binary_to_term(term_to_binary(lists:seq(1, 300), [compressed])) =:= lists:seq(1, 300)]),
    io:format("~w~n", [term_to_binary(1 bsl 100)]),
    io:format("~w~n", [term_to_binary(<<1:3>>)]),
    io:format("~w~n", [term_to_binary('λ')]),
    io:format("~w~n", [term_to_binary(3.5, [{minor_version, 0}])]),
    io:format("~w~n", [erlang:external_size({a, [1, 2, 3]})]),
    ok.
