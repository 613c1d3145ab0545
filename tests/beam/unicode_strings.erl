%% Unicode: UTF-8 binaries and code-point lists, the unicode module, how ~s/~ts/~p/~tp
%% print them on a latin1 standard output, and again after switching the output to
%% unicode with io:setopts/1.
-module(unicode_strings).
-export([main/0]).

main() ->
    Cps = "h\x{e9}llo \x{3bb}\x{2192}\x{1F600}",
    Bin = unicode:characters_to_binary(Cps),
    io:format("~w~n", [Cps]),
    io:format("~w ~w~n", [byte_size(Bin), length(Cps)]),
    io:format("~w~n", [Bin]),
    io:format("~p~n", [Bin]),
    io:format("~tp~n", [Bin]),
    io:format("~p~n", [Cps]),
    io:format("~tp~n", [Cps]),
    io:format("~ts~n", [Cps]),
    io:format("~ts~n", [Bin]),
    io:format("~s~n", ["caf\x{e9}"]),
    io:format("~p~n", [unicode:characters_to_list(Bin)]),
    io:format("~p~n", [unicode:characters_to_list(<<16#e9>>, latin1)]),
    io:format("~p~n", [unicode:characters_to_binary("caf\x{e9}", unicode, latin1)]),
    io:format("~p~n", [unicode:characters_to_binary(<<"ok", 16#ff, "bad">>)]),
    io:format("~p~n", [unicode:characters_to_binary(<<"ok", 16#ce>>)]),
    io:format("~p ~p~n", [string:length(Bin), string:length("e\x{301}")]),
    io:format("~w~n", [string:uppercase("stra\x{df}e \x{3bb}")]),
    io:format("~w~n", [unicode:characters_to_nfc_list("e\x{301}")]),
    io:format("~w~n", [unicode:characters_to_nfd_list("\x{e9}")]),
    io:format("~w~n", [unicode:characters_to_binary("\x{3bb}", unicode, utf16)]),
    io:format("~w~n", [unicode:characters_to_binary("\x{3bb}", unicode, {utf32, little})]),
    io:format("~w~n", [unicode:bom_to_encoding(<<16#EF, 16#BB, 16#BF, "x">>)]),
    io:format("~w~n", [io_lib:printable_unicode_list(Cps)]),
    io:format("~w~n", [io_lib:printable_latin1_list(Cps)]),
    io:format("~w~n", [io:printable_range()]),
    ok = io:setopts([{encoding, unicode}]),
    io:format("~ts~n", [Cps]),
    io:format("~tp~n", [Bin]),
    io:format("~s~n", ["caf\x{e9}"]),
    io:put_chars("put_chars: \x{3bb}\n"),
    io:put_chars(<<"binary put_chars: ", Bin/binary, "\n">>),
    io:format("~ts~n", [[16#1F600, " grinning"]]),
    ok.
