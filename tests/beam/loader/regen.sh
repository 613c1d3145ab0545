#!/bin/sh
# Regenerates the loader tests' expected outputs with the installed Erlang/OTP (25):
#   progs/NAME.dis   beam_disasm's view of progs/NAME.erl (compiled as the build compiles
#                    it: erlc +deterministic)
#   otp/NAME.dis     beam_disasm's view of OTP's own lists, maps, proplists, gen_server
#   opcodes.ref      OTP's generic opcode table: number, name, arity, live|deprecated
# The .dis layout and its two adjustments are described in disasm_ref.escript.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for src in "$here"/progs/*.erl; do
  erlc +deterministic -o "$tmp" "$src"
done
escript "$here/disasm_ref.escript" -o "$here/progs" "$tmp"/*.beam

mkdir -p "$here/otp"
otp_beams=$(erl -noshell -eval '[io:format("~s~n", [code:which(M)]) || M <- [lists, maps, proplists, gen_server]], halt().')
escript "$here/disasm_ref.escript" -o "$here/otp" $otp_beams

# beam_opcodes:opcode/2 omits the opcodes genop.tab marks obsolete.
erl -noshell -eval '
  [begin
     {Name, Arity} = beam_opcodes:opname(N),
     Status = case catch beam_opcodes:opcode(Name, Arity) of N -> live; _ -> deprecated end,
     io:format("~w ~s ~w ~s~n", [N, Name, Arity, Status])
   end || N <- lists:seq(1, 180)],
  halt().' > "$here/opcodes.ref"
echo "regenerated: $(ls "$here"/progs/*.dis "$here"/otp/*.dis | wc -l) disassemblies, opcodes.ref"
