%% Writes the expected outputs of the BEAM runtime unit tests, computed by erl itself.
%% Run generate.sh in this directory after changing an input file; commit the outputs.
-module(beam_expect).
-export([main/1, crash_reports/1, boot_crash/1]).

main([Dir]) ->
    random_terms(Dir),
    compare(Dir),
    etf(Dir),
    format_cases(Dir),
    matrix(Dir, "pretty_terms.txt", "pretty_formats.txt", "pretty.expected"),
    matrix(Dir, "floats.txt", "float_formats.txt", "floats.expected"),
    matrix(Dir, "integers.txt", "integer_formats.txt", "integers.expected"),
    matrix(Dir, "random_terms.txt", "pretty_formats.txt", "random.expected"),
    bifs(Dir),
    bits(Dir),
    exceptions(Dir),
    halt(0).

read_terms(Dir, Name) ->
    {ok, Terms} = file:consult(filename:join(Dir, Name)),
    Terms.

write(Dir, Name, Lines) ->
    ok = file:write_file(filename:join(Dir, Name), Lines).

%% compare.expected: for terms.txt, one line per term A: for every term B the result of
%% comparing A with B (<, = or >, where = is ==), a space, then the same in exact order
%% (= is =:=; the exact order is observed as the key order of a two-key map).
compare(Dir) ->
    compare(Dir, "terms.txt", "compare.expected"),
    compare(Dir, "random_terms.txt", "random_compare.expected").

compare(Dir, In, Out) ->
    Terms = read_terms(Dir, In),
    Lines = [[[order(A, B) || B <- Terms], $\s, [exact_order(A, B) || B <- Terms], $\n] || A <- Terms],
    write(Dir, Out, Lines).

order(A, B) when A < B -> $<;
order(A, B) when A == B -> $=;
order(_, _) -> $>.

exact_order(A, B) when A =:= B -> $=;
exact_order(A, B) ->
    case maps:keys(#{A => 0, B => 0}) of
        [A, B] -> $<;
        [B, A] -> $>
    end.

hex(Bin) -> [io_lib:format("~2.16.0b", [B]) || <<B>> <= Bin].

%% etf.expected: for each term of terms.txt and etf_terms.txt, term_to_binary/1, then
%% with [compressed], then with [{minor_version, 2}], in hex, separated by spaces.
%% etf_bad.expected: for each input of etf_bad.txt, "badarg" or "ok" and the hex of
%% term_to_binary of the decoded term, then binary_to_term/2's `used` count.
etf(Dir) ->
    Terms = read_terms(Dir, "terms.txt") ++ read_terms(Dir, "etf_terms.txt"),
    Lines = [[hex(term_to_binary(T)), $\s, hex(term_to_binary(T, [compressed])), $\s,
              hex(term_to_binary(T, [{minor_version, 2}])), $\n] || T <- Terms],
    write(Dir, "etf.expected", Lines),
    Random = read_terms(Dir, "random_terms.txt"),
    write(Dir, "random_etf.expected",
          [[hex(term_to_binary(T)), $\s, hex(term_to_binary(T, [compressed])), $\s,
            hex(term_to_binary(T, [{minor_version, 2}])), $\n] || T <- Random]),
    Bad = [case catch binary_to_term(B) of
               {'EXIT', {badarg, _}} -> "badarg\n";
               T -> {_, Used} = binary_to_term(B, [used]),
                    ["ok ", hex(term_to_binary(T)), $\s, integer_to_list(Used), $\n]
           end || B <- read_terms(Dir, "etf_bad.txt")],
    write(Dir, "etf_bad.expected", Bad).

%% Formatting results are written as blocks: a header line "=== Id N" where N is the
%% number of characters of the result, then the result in UTF-8 and a newline; or
%% "=== Id badarg" when io_lib:format raises.
block(Id, Format, Args) ->
    case catch io_lib:format(Format, Args) of
        {'EXIT', _} ->
            ["=== ", Id, " badarg\n"];
        Chars ->
            Flat = lists:flatten(Chars),
            ["=== ", Id, " ", integer_to_list(length(Flat)), "\n",
             unicode:characters_to_binary(Flat), "\n"]
    end.

%% format.expected: io_lib:format(F, A) for every {F, A} of format_cases.txt.
format_cases(Dir) ->
    Cases = read_terms(Dir, "format_cases.txt"),
    N = length(Cases),
    write(Dir, "format.expected",
          [block(integer_to_list(I), F, A) || {I, {F, A}} <- lists:zip(lists:seq(1, N), Cases)]).

%% A matrix of values and formats: for value I and format J ({Format, ExtraArgs}), the
%% block "I J" of io_lib:format(Format, [Value | ExtraArgs]).
matrix(Dir, ValuesFile, FormatsFile, Out) ->
    Values = read_terms(Dir, ValuesFile),
    Formats = read_terms(Dir, FormatsFile),
    write(Dir, Out,
          [block([integer_to_list(I), " ", integer_to_list(J)], F, [V | Extra])
           || {I, V} <- lists:zip(lists:seq(1, length(Values)), Values),
              {J, {F, Extra}} <- lists:zip(lists:seq(1, length(Formats)), Formats)]).

%% bifs.expected: for each {M, F, A} of bif_cases.txt, "ok Hex" with the result or
%% "error Hex" with the error reason, Hex being term_to_binary of it in hex.
bifs(Dir) ->
    Cases = read_terms(Dir, "bif_cases.txt"),
    write(Dir, "bifs.expected",
          [try apply(M, F, A) of
               R -> ["ok ", hex(term_to_binary(R)), $\n]
           catch
               error:Reason -> ["error ", hex(term_to_binary(Reason)), $\n]
           end || {M, F, A} <- Cases]).

%% crash_reports: each case of report_cases.txt raised in a spawned process; the
%% logger's reports go to standard output (generate.sh collects them).
crash_reports([Dir]) ->
    [begin
         {Pid, Ref} = spawn_monitor(fun() -> erlang:raise(C, R, S) end),
         receive {'DOWN', Ref, process, Pid, _} -> ok end,
         timer:sleep(20),
         io:format("=== pid ~p~n", [Pid])
     end || {C, R, S} <- read_terms(Dir, "report_cases.txt")],
    timer:sleep(100),
    halt(0).

%% boot_crash: case N of report_cases.txt raised by the boot function itself.
boot_crash([Dir, N]) ->
    {C, R, S} = lists:nth(list_to_integer(N), read_terms(Dir, "report_cases.txt")),
    erlang:raise(C, R, S).

%% bits_build.expected: for each segment list of bits_build.txt, "ok Hex" with the
%% bitstring built (term_to_binary, in hex) or "badarg". bits_match.expected: for each
%% {Bitstring, Segment} of bits_match.txt, "ok Hex" with {Value, Rest} or "nomatch".
bits(Dir) ->
    write(Dir, "bits_build.expected",
          [case catch << <<(seg(S))/bitstring>> || S <- Segs >> of
               {'EXIT', _} -> "badarg\n";
               B -> ["ok ", hex(term_to_binary(B)), $\n]
           end || Segs <- read_terms(Dir, "bits_build.txt")]),
    write(Dir, "bits_match.expected",
          [case catch match_seg(Bin, Spec) of
               {'EXIT', _} -> "nomatch\n";
               R -> ["ok ", hex(term_to_binary(R)), $\n]
           end || {Bin, Spec} <- read_terms(Dir, "bits_match.txt")]).

seg({integer, V, Size, big}) -> <<V:Size/big>>;
seg({integer, V, Size, little}) -> <<V:Size/little>>;
seg({float, V, Size, big}) -> <<V:Size/float>>;
seg({float, V, Size, little}) -> <<V:Size/float-little>>;
seg({bits, B, Size}) -> <<B:Size/bitstring>>;
seg({utf8, C}) -> <<C/utf8>>;
seg({utf16, C, big}) -> <<C/utf16>>;
seg({utf16, C, little}) -> <<C/utf16-little>>;
seg({utf32, C, big}) -> <<C/utf32>>;
seg({utf32, C, little}) -> <<C/utf32-little>>.

match_seg(B, {integer, S, unsigned, big}) -> <<X:S/unsigned-big, R/bitstring>> = B, {X, R};
match_seg(B, {integer, S, unsigned, little}) -> <<X:S/unsigned-little, R/bitstring>> = B, {X, R};
match_seg(B, {integer, S, signed, big}) -> <<X:S/signed-big, R/bitstring>> = B, {X, R};
match_seg(B, {integer, S, signed, little}) -> <<X:S/signed-little, R/bitstring>> = B, {X, R};
match_seg(B, {float, S, big}) -> <<X:S/float-big, R/bitstring>> = B, {X, R};
match_seg(B, {float, S, little}) -> <<X:S/float-little, R/bitstring>> = B, {X, R};
match_seg(B, {utf8}) -> <<X/utf8, R/bitstring>> = B, {X, R};
match_seg(B, {utf16, big}) -> <<X/utf16-big, R/bitstring>> = B, {X, R};
match_seg(B, {utf16, little}) -> <<X/utf16-little, R/bitstring>> = B, {X, R};
match_seg(B, {utf32, big}) -> <<X/utf32-big, R/bitstring>> = B, {X, R};
match_seg(B, {utf32, little}) -> <<X/utf32-little, R/bitstring>> = B, {X, R}.

%% exceptions.expected: erl_error:format_exception/7 as tests/beam's harness calls it
%% (indent 4, erl_eval frames dropped, ~.*tP at depth 50, unicode) for each case of
%% report_cases.txt and exception_cases.txt ("exc I"), and for each BIF call of bif_cases.txt that fails, with
%% the stack trace cut to the BIF's own frame ("bif I").
exceptions(Dir) ->
    Skip = fun(M, _F, _A) -> M =:= erl_eval end,
    Pretty = fun(Term, Indent) -> io_lib:format("~.*tP", [Indent, Term, 50]) end,
    Format = fun(C, R, S) -> erl_error:format_exception(4, C, R, S, Skip, Pretty, unicode) end,
    Block = fun(Id, Chars) ->
                Flat = lists:flatten(Chars),
                ["=== ", Id, " ", integer_to_list(length(Flat)), "\n",
                 unicode:characters_to_binary(Flat), "\n"]
            end,
    Cases = read_terms(Dir, "report_cases.txt") ++ read_terms(Dir, "exception_cases.txt"),
    Exc = [Block(["exc ", integer_to_list(I)], Format(C, R, S))
           || {I, {C, R, S}} <- lists:zip(lists:seq(1, length(Cases)), Cases)],
    Bifs = read_terms(Dir, "bif_cases.txt"),
    BifBlocks = [try apply(M, F, A) of
                     _ -> []
                 catch
                     error:R:Stack -> Block(["bif ", integer_to_list(I)], Format(error, R, [hd(Stack)]))
                 end || {I, {M, F, A}} <- lists:zip(lists:seq(1, length(Bifs)), Bifs)],
    write(Dir, "exceptions.expected", [Exc, BifBlocks]).

%% random_terms.txt: 250 terms made by a seeded generator, for random.expected.
random_terms(Dir) ->
    rand:seed(exsss, {17, 42, 2024}),
    Terms = [rterm(4) || _ <- lists:seq(1, 250)],
    write(Dir, "random_terms.txt",
          ["%% Generated by beam_expect:random_terms/1 (seeded); printed by ~tw.\n" |
           [unicode:characters_to_binary(io_lib:format("~tw.~n", [T])) || T <- Terms]]).

rterm(0) -> rscalar();
rterm(D) ->
    case rand:uniform(10) of
        1 -> rscalar();
        2 -> rscalar();
        3 -> [rterm(D - 1) || _ <- lists:seq(1, rand:uniform(8) - 1)];
        4 -> list_to_tuple([rterm(D - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        5 -> list_to_tuple([ratom() | [rterm(D - 1) || _ <- lists:seq(1, rand:uniform(5))]]);
        6 -> maps:from_list([{rscalar(), rterm(D - 1)} || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        7 -> rstring();
        8 -> [rterm(D - 1) | rscalar()];
        9 -> [rstring() || _ <- lists:seq(1, rand:uniform(5))];
        10 -> rbinary()
    end.

rscalar() ->
    case rand:uniform(9) of
        1 -> rand:uniform(1000) - 500;
        2 -> rand:uniform(1 bsl 70) - (1 bsl 69);
        3 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(40) - 20);
        4 -> ratom();
        5 -> ratom();
        6 -> rbinary();
        7 -> [];
        8 -> rand:uniform(255);
        9 -> float(rand:uniform(100000))
    end.

ratom() ->
    lists:nth(rand:uniform(12), [ok, error, undefined, 'Upper', 'with space', a_long_atom_name_here,
                                 'quote\'s', x, '', 'é', true, false]).

rstring() ->
    case rand:uniform(3) of
        1 -> [$a + rand:uniform(25) || _ <- lists:seq(1, rand:uniform(30))];
        2 -> [rand:uniform(300) || _ <- lists:seq(1, rand:uniform(6))];
        3 -> "a string with \"quotes\" and\ttabs\n"
    end.

rbinary() ->
    case rand:uniform(4) of
        1 -> list_to_binary([$a + rand:uniform(25) || _ <- lists:seq(1, rand:uniform(40))]);
        2 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(12))]);
        3 -> <<"ünïcödé"/utf8>>;
        4 -> <<(rand:uniform(100)):(rand:uniform(20))>>
    end.
