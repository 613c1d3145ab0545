#!/usr/bin/env escript
%% -*- erlang -*-
%% Prints .beam files' code with erl's beam_disasm:file/1 in the layout of
%% `switchyard run --dump-beam`, so the two outputs compare byte for byte:
%%   escript disasm_ref.escript FILE.beam > FILE.dis
%%   escript disasm_ref.escript -o DIR FILE.beam...      writes DIR/<basename>.dis
%% Two adjustments undo what beam_disasm loses (see frontends/beam/loader/disasm.h):
%% - it reverses the label/line run before each func_info except the first function's;
%%   this script restores file order;
%% - it shows a typed register's type as the compiler's type record; this script shows
%%   the Type chunk entry it was decoded from: any, [Names] or {Names,Min,Max}.
main(["-o", Dir | Files]) ->
    Failed = [F || F <- Files, write(F, filename:join(Dir, filename:basename(F, ".beam") ++ ".dis")) =/= ok],
    halt(case Failed of [] -> 0; _ -> 1 end);
main([File]) ->
    io:setopts([{encoding, unicode}]),
    halt(case print(File, standard_io) of ok -> 0; error -> 1 end);
main(_) ->
    io:format(standard_error, "usage: disasm_ref.escript [-o DIR] FILE.beam...~n", []),
    halt(2).

write(File, Out) ->
    {ok, Dev} = file:open(Out, [write, {encoding, unicode}]),
    Result = print(File, Dev),
    ok = file:close(Dev),
    Result.

print(File, Dev) ->
    case beam_disasm:file(File) of
        {beam_file, Mod, Exports, _Attributes, _CompileInfo, Code} ->
            Types = type_entries(File),
            io:format(Dev, "~tw.~n", [{module, Mod}]),
            io:format(Dev, "~tw.~n", [{exports, lists:sort(Exports)}]),
            print_functions(Dev, Code, first, Types);
        Error ->
            io:format(standard_error, "~ts: ~tp~n", [File, Error]),
            error
    end.

print_functions(_, [], _, _) -> ok;
print_functions(Dev, [{function, Name, Arity, Entry, Is0} | Fs], Which, Types) ->
    Is1 = case Which of
              first -> Is0;
              later -> restore_prefix(Is0)
          end,
    Is = [retype(I, Types) || I <- Is1],
    %% {function,Name,Arity,Entry,
    %%  [I1,
    %%   I2]}.
    io:format(Dev, "{function,~tw,~w,~w,~n", [Name, Arity, Entry]),
    print_instrs(Dev, Is, " ["),
    print_functions(Dev, Fs, later, Types).

print_instrs(Dev, [I], Lead) ->
    io:format(Dev, "~s~tw]}.~n", [Lead, I]);
print_instrs(Dev, [I | Is], Lead) ->
    io:format(Dev, "~s~tw,~n", [Lead, I]),
    print_instrs(Dev, Is, "  ").

restore_prefix(Is) ->
    {Prefix, Rest} = lists:splitwith(fun(I) -> element(1, I) =/= func_info end, Is),
    lists:reverse(Prefix) ++ Rest.

%% Decoded type -> the Type chunk entry it came from.
type_entries(File) ->
    case beam_lib:chunks(File, ["Type"]) of
        {ok, {_, [{"Type", <<1:32, _Count:32, Table/binary>>}]}} ->
            type_entries(Table, #{});
        _ ->
            #{}
    end.

type_entries(<<Entry:18/binary, Rest/binary>>, Acc) ->
    <<Bits:16, Min:64/signed, Max:64/signed>> = Entry,
    Key = beam_types:decode_ext(Entry),
    Names = case Bits of
                16#1FFF -> any;
                _ -> [N || {B, N} <- type_bits(), Bits band B =/= 0]
            end,
    Value = if Min =< Max -> {Names, Min, Max};
               true -> Names
            end,
    case Acc of
        #{Key := Other} when Other =/= Value ->
            io:format(standard_error, "Type entries ~tw and ~tw decode alike~n", [Other, Value]),
            halt(1);
        _ ->
            type_entries(Rest, Acc#{Key => Value})
    end;
type_entries(<<>>, Acc) ->
    Acc.

type_bits() ->
    [{1, atom}, {2, bitstring}, {4, bs_matchstate}, {8, cons}, {16, float}, {32, 'fun'},
     {64, integer}, {128, map}, {256, nil}, {512, pid}, {1024, port}, {2048, reference},
     {4096, tuple}].

retype({tr, Reg, Type}, Types) ->
    {tr, Reg, maps:get(Type, Types)};
retype(T, Types) when is_tuple(T) ->
    list_to_tuple([retype(E, Types) || E <- tuple_to_list(T)]);
retype([H | T], Types) ->
    [retype(H, Types) | retype(T, Types)];
retype(Other, _) ->
    Other.
