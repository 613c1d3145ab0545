#!/bin/sh
# Compares `switchyard run --dump-beam` with erl's beam_disasm (through disasm_ref.escript)
# on every .beam file of the installed Erlang/OTP. Not part of ctest: erl takes about a
# minute for the 288 modules of OTP 25. Usage: compare_otp.sh [path/to/switchyard]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
switchyard=${1:-"$here/../../../build/switchyard"}
root=$(erl -noshell -eval 'io:format("~s", [code:root_dir()]), halt().')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/erl" "$tmp/sy"
beams=$(ls "$root"/lib/*/ebin/*.beam)
escript "$here/disasm_ref.escript" -o "$tmp/erl" $beams
same=0 differ=0
for beam in $beams; do
  name=$(basename "$beam" .beam)
  if "$switchyard" run --dump-beam "$beam" > "$tmp/sy/$name.dis" && cmp -s "$tmp/erl/$name.dis" "$tmp/sy/$name.dis"; then
    same=$((same + 1))
  else
    differ=$((differ + 1))
    echo "differs: $beam"
  fi
done
echo "$same modules identical, $differ differ"
[ "$differ" -eq 0 ]
