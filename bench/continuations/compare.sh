#!/usr/bin/env bash
# Fiber resume+yield round trip, side by side: Switchyard fibers, Lua coroutines under
# `luajit -joff` (the interpreter), and a CPython generator. Runs the three alternately
# RUNS times (default 5), checks every output, prints medians as ns per round trip and
# the ratios. Usage: bench/continuations/compare.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-5}"
trips=10000000
expected=9999999
sy="$root/build/switchyard"
[ -x "$sy" ] || "$root/switchyard" build
for tool in luajit python3; do command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }; done

time_ns() {  # command... -> prints elapsed ns; fails if the output is not $expected
  local t0 t1 out
  t0=$(date +%s%N)
  out=$("$@")
  t1=$(date +%s%N)
  [ "$out" = "$expected" ] || { echo "wrong output from $*: '$out'" >&2; exit 1; }
  echo $((t1 - t0))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

sy_t=(); lj_t=(); py_t=()
for ((i = 0; i < runs; i++)); do
  sy_t+=("$(time_ns "$sy" run "$here/roundtrip.syir")")
  lj_t+=("$(time_ns luajit -joff "$here/roundtrip.lua")")
  py_t+=("$(time_ns python3 "$here/roundtrip.py")")
done
sy_m=$(printf '%s\n' "${sy_t[@]}" | median)
lj_m=$(printf '%s\n' "${lj_t[@]}" | median)
py_m=$(printf '%s\n' "${py_t[@]}" | median)
awk -v s="$sy_m" -v l="$lj_m" -v p="$py_m" -v n="$trips" -v r="$runs" 'BEGIN {
  printf "fiber round trip, %d trips, median of %d runs (whole process, start-up included)\n", n, r
  printf "%-26s %10s %14s %10s\n", "", "median s", "ns/round trip", "ratio"
  printf "%-26s %10.3f %14.1f %10s\n", "switchyard (interpreter)", s/1e9, s/n, "1.00"
  printf "%-26s %10.3f %14.1f %10.2f\n", "luajit -joff coroutines", l/1e9, l/n, s/l
  printf "%-26s %10.3f %14.1f %10.2f\n", "python3 generator", p/1e9, p/n, s/p
  print "ratio = switchyard time / peer time (below 1: switchyard is faster)"
}'
