%% OTP's own compiler runs on the VM: a module given as text is scanned (erl_scan),
%% parsed (erl_parse), compiled to BEAM code (compile:forms: the core, SSA and assembly
%% passes), and the result read back with beam_lib and beam_disasm. Several dozen
%% stdlib and compiler modules load, translate and run for this.
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
    {ok, {m, [{exports, Exports}]}} = beam_lib:chunks(Bin, [exports]),
    io:format("exports ~p~n", [lists:sort(Exports)]),
    {beam_file, m, _, _, _, Code} = beam_disasm:file(Bin),
    [io:format("~p~n", [Fn]) || {function, Name, _, _, _} = Fn <- Code, Name =/= module_info].

split([], [], Acc) -> lists:reverse(Acc);
split([{dot, _} = D | T], Cur, Acc) -> split(T, [], [lists:reverse([D | Cur]) | Acc]);
split([H | T], Cur, Acc) -> split(T, [H | Cur], Acc).
