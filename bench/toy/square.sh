#!/usr/bin/env bash
# The toy square program (examples/toy/square.toy) on Switchyard's interpreter against
# the same loop in C (square.c, gcc -O2), run alternately; prints the medians, the cost
# per toy instruction and the ratio.
#
#   bench/toy/square.sh [PAIRS] [A]      (defaults: 5 pairs, A = 10000000)
#   SWITCHYARD=path/to/switchyard bench/toy/square.sh
#
# square(A) runs 2 + 8*A + 2 toy instructions; the figures count the 8*A of the loop.
# Times are wall-clock: "ns/toy insn" includes process start-up, "net" subtracts it (the
# time of square(1)); "best" is the fastest run, steadier than the median on a busy machine.
set -euo pipefail

pairs=${1:-5}
n=${2:-10000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
switchyard=${SWITCHYARD:-$root/build/switchyard}
program=$root/examples/toy/square.toy
expected=$((n * n))
insns=$((8 * n))

[[ -x $switchyard ]] || { echo "square.sh: $switchyard not found: build first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gcc -O2 -o "$tmp/square" "$here/square.c"

now_ns() { date +%s%N; }

# Runs "$@" once; prints its wall time in ns; fails loudly unless it printed $want.
timed() {
  local want=$1 start end out
  shift
  start=$(now_ns)
  out=$("$@")
  end=$(now_ns)
  if [[ $out != "$want" ]]; then
    echo "square.sh: MISMATCH: '$*' printed '$out', expected '$want'" >&2
    exit 1
  fi
  echo $((end - start))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
best() { sort -n | head -1; }

sy=() c=() sy0=() c0=()
for ((i = 0; i < pairs; i++)); do
  sy+=("$(timed "$expected" "$switchyard" run "$program" "$n")")
  c+=("$(timed "$expected" "$tmp/square" "$n")")
  sy0+=("$(timed 1 "$switchyard" run "$program" 1)")
  c0+=("$(timed 1 "$tmp/square" 1)")
done

# stat FUNCTION TIMES...
stat() {
  local f=$1
  shift
  printf '%s\n' "$@" | $f
}
awk -v sy="$(stat median "${sy[@]}")" -v sy0="$(stat median "${sy0[@]}")" -v sy_best="$(stat best "${sy[@]}")" \
    -v c="$(stat median "${c[@]}")" -v c0="$(stat median "${c0[@]}")" -v c_best="$(stat best "${c[@]}")" \
    -v insns="$insns" -v n="$n" -v pairs="$pairs" 'BEGIN {
  printf "toy square, A = %d: %d toy instructions in the loop; median of %d runs each\n", n, insns, pairs
  printf "  %-24s %9s %12s %12s %16s %10s\n", "", "median ms", "ns/toy insn", "start-up ms", "net ns/toy insn", "best ms"
  row("switchyard interpreter", sy, sy0, sy_best)
  row("C (gcc -O2)", c, c0, c_best)
  printf "  %-24s %8.1fx %12s %12s %15.1fx %9.1fx\n", "ratio switchyard / C", sy / c, "", "", (sy - sy0) / (c - c0), sy_best / c_best
  printf "  (net: minus the median start-up run, square(1).\n"
  printf "   Seed 001, 2010 hardware, same program: no JIT 442 ms, JIT 156 ms.)\n"
}
function row(name, t, t0, b) {
  printf "  %-24s %9.1f %12.3f %12.1f %16.3f %10.1f\n", name, t / 1e6, t / insns, t0 / 1e6, (t - t0) / insns, b / 1e6
}'
