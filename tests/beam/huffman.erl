%% Huffman coding: frequency count, tree building with a sorted list as priority queue,
%% code table, encoding into a bitstring and decoding it back.
-module(huffman).
-export([main/0]).

main() ->
    Text = "this is an example of a huffman tree, built and used by an erlang program",
    Freqs = freqs(Text),
    io:format("~w distinct symbols~n", [length(Freqs)]),
    Tree = build(lists:sort([{F, leaf(C)} || {C, F} <- Freqs])),
    Codes = lists:sort(codes(Tree, <<>>)),
    [io:format("~p ~w ~s~n", [[C], F, bits_text(maps:get(C, maps:from_list(Codes)))]) || {C, F} <- lists:sublist(lists:keysort(2, Freqs), 6)],
    Encoded = encode(Text, maps:from_list(Codes)),
    io:format("~w bits vs ~w bits~n", [bit_size(Encoded), 8 * length(Text)]),
    io:format("~p~n", [Encoded]),
    Decoded = decode(Encoded, Tree, Tree, []),
    io:format("~s~n", [Decoded]),
    io:format("round trip ~w~n", [Decoded =:= Text]),
    ok.

freqs(Text) -> lists:sort(maps:to_list(lists:foldl(fun(C, M) -> maps:update_with(C, fun(N) -> N + 1 end, 1, M) end, #{}, Text))).

leaf(C) -> {leaf, C}.

build([{_, T}]) -> T;
build([{F1, T1}, {F2, T2} | Rest]) -> build(insert({F1 + F2, {node, T1, T2}}, Rest)).

insert(X, []) -> [X];
insert({F, _} = X, [{G, _} | _] = L) when F =< G -> [X | L];
insert(X, [Y | T]) -> [Y | insert(X, T)].

codes({leaf, C}, Bits) -> [{C, Bits}];
codes({node, L, R}, Bits) -> codes(L, <<Bits/bits, 0:1>>) ++ codes(R, <<Bits/bits, 1:1>>).

bits_text(Bits) -> [$0 + B || <<B:1>> <= Bits].

encode(Text, Codes) -> << <<(maps:get(C, Codes))/bits>> || C <- Text >>.

decode(<<>>, _, _, Acc) -> lists:reverse(Acc);
decode(Bits, Root, {leaf, C}, Acc) -> decode(Bits, Root, Root, [C | Acc]);
decode(<<0:1, Rest/bits>>, Root, {node, L, _}, Acc) -> step(Rest, Root, L, Acc);
decode(<<1:1, Rest/bits>>, Root, {node, _, R}, Acc) -> step(Rest, Root, R, Acc).

step(Rest, Root, {leaf, C}, Acc) -> decode(Rest, Root, Root, [C | Acc]);
step(Rest, Root, Node, Acc) -> decode(Rest, Root, Node, Acc).
