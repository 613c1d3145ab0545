%% OTP's own compiler runs on the VM: a module given as text is scanned (erl_scan),
%% parsed (erl_parse) and compiled to BEAM code (compile:forms: the core, SSA and assembly
%% passes, several dozen stdlib and compiler modules loaded and translated for it). The
%% .beam it produces must be byte for byte what erl's compiler produces: its size, its
%% chunks and its MD5 are printed.
-module(otp_compiler).
-export([main/0]).

main() ->
    Src = "-module(m).\n"
          "-export([f/1, g/2]).\n"
          "f(X) -> [Y * 2 || Y <- X, Y > 1].\n"
          "g(A, B) when is_integer(A) -> {A + B, catch B / A}; g(_, _) -> error.\n",
    {ok, Toks, _} = erl_scan:string(Src),
    Forms = [begin {ok, F} = erl_parse:parse_form(T), F end || T <- split(Toks, [], [])],
    io:format("~p~n", [Forms]),
    {ok, m, Bin} = compile:forms(Forms, [binary, deterministic]),
    <<"FOR1", Size:32, "BEAM", Chunks/binary>> = Bin,
    io:format("~w bytes, form size ~w~n", [byte_size(Bin), Size]),
    [io:format("chunk ~s: ~w bytes~n", [Id, Len]) || {Id, Len} <- chunks(Chunks)],
    io:format("md5 ~w~n", [erlang:md5(Bin)]).

split([], [], Acc) -> lists:reverse(Acc);
split([{dot, _} = D | T], Cur, Acc) -> split(T, [], [lists:reverse([D | Cur]) | Acc]);
split([H | T], Cur, Acc) -> split(T, [H | Cur], Acc).

chunks(<<Id:4/binary, Len:32, Rest/binary>>) ->
    Padded = (Len + 3) band -4,
    <<_:Padded/binary, More/binary>> = Rest,
    [{Id, Len} | chunks(More)];
chunks(<<>>) -> [].
