%% Writes the expected outputs of the BEAM runtime unit tests, computed by erl itself.
%% Run generate.sh in this directory after changing an input file; commit the outputs.
-module(beam_expect).
-export([main/1]).

main([Dir]) ->
    compare(Dir),
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
    Terms = read_terms(Dir, "terms.txt"),
    Lines = [[[order(A, B) || B <- Terms], $\s, [exact_order(A, B) || B <- Terms], $\n] || A <- Terms],
    write(Dir, "compare.expected", Lines).

order(A, B) when A < B -> $<;
order(A, B) when A == B -> $=;
order(_, _) -> $>.

exact_order(A, B) when A =:= B -> $=;
exact_order(A, B) ->
    case maps:keys(#{A => 0, B => 0}) of
        [A, B] -> $<;
        [B, A] -> $>
    end.
