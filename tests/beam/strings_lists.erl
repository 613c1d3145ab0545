%% Strings as lists of characters: literals, escapes, concatenation, comparison, ~s and
%% ~p of strings, character arithmetic and the classic list-based string functions.
-module(strings_lists).
-export([main/0]).

main() ->
    S = "Hello, World",
    io:format("~s|~p|~w~n", [S, S, "Hi"]),
    io:format("~w ~w ~w~n", [length(S), hd(S), $A]),
    io:format("~p~n", ["tab\there, newline\nthere, quote\" backslash\\ bell\7 del\177 nul\0"]),
    io:format("~p ~p ~p~n", ["", [], [$a, $b | "cd"]]),
    io:format("~p ~p~n", [[72, 101, 108, 108, 111], [72, 101, 300]]),
    io:format("~p~n", [[1, 2, 3]]),
    io:format("~p~n", ["caf\x{e9}"]),
    io:format("~s~n", [[$a, "bc", [$d, ["ef"]], <<"gh">>]]),
    io:format("~s ~s~n", [string:to_upper(S), string:to_lower(S)]),
    io:format("~p~n", [string:tokens("a,b,,c;d", ",;")]),
    io:format("~s~n", [string:join(["x", "y", "z"], "-")]),
    io:format("~w ~w~n", [string:str(S, "World"), string:chr(S, $o)]),
    io:format("~s|~s|~s~n", [string:substr(S, 8), string:substr(S, 1, 5), lists:reverse(S)]),
    io:format("~w ~w ~w~n", ["abc" < "abd", "abc" < "ab", "Z" < "a"]),
    io:format("~s~n", [[C + 1 || C <- "HAL"]]),
    io:format("~s~n", [rot13("Why did the chicken cross the road?")]),
    io:format("~w~n", [is_palindrome("A man, a plan, a canal: Panama")]),
    io:format("~p~n", [string:copies("ab", 3)]),
    io:format("~p~n", [lists:flatten(io_lib:format("~3..0w-~s", [7, "x"]))]),
    io:format("~p~n", [[list_to_integer(W) || W <- string:tokens("10 20 30", " ")]]),
    io:format("~p~n", [caesar_words("the quick brown fox", 3)]),
    io:format("~s~n", [integer_to_list(255, 2)]),
    ok.

rot13(S) -> [rot(C) || C <- S].
rot(C) when C >= $a, C =< $z -> $a + (C - $a + 13) rem 26;
rot(C) when C >= $A, C =< $Z -> $A + (C - $A + 13) rem 26;
rot(C) -> C.

is_palindrome(S) ->
    Clean = [C bor 32 || C <- S, (C >= $a andalso C =< $z) orelse (C >= $A andalso C =< $Z)],
    Clean =:= lists:reverse(Clean).

caesar_words(S, K) ->
    [[$a + (C - $a + K) rem 26 || C <- W] || W <- string:tokens(S, " ")].
