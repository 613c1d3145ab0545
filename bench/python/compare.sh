#!/usr/bin/env bash
# Python benchmarks side by side: CPython 3.11, PyPy 3 and switchyard.
#
#   bench/python/compare.sh [-n RUNS] [NAME...]
#
# For every row of bench/python/benchmarks.txt (or only the NAMEs given), runs the row's
# program under the three implementations RUNS times (default 3), alternating them (the
# order rotates every round so no side always runs on a warmer machine), checks every
# output against NAME.out, and prints the median wall times, the ratios switchyard/CPython
# and switchyard/PyPy, and the geometric mean of each ratio column.
#
# A side that exits non-zero, prints something else or times out is marked in its row
# ("FAIL: exit 1", "wrong output", "timeout") and stops being run for that row; rows
# without a switchyard time are left out of the geometric means, and the script says how
# many and which. Builds nothing: switchyard is $SWITCHYARD, or build/switchyard in the
# repository. PYTHON3 and PYPY3 name the peers (defaults python3, pypy3); TIMEOUT is the
# limit per run in seconds (default 120). Exit status 0 when the table was produced, even
# if some rows failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
switchyard="${SWITCHYARD:-$root/build/switchyard}"
python="${PYTHON3:-python3}"
pypy="${PYPY3:-pypy3}"
limit="${TIMEOUT:-120}"
runs=3

die() { printf 'compare.sh: %s\n' "$*" >&2; exit 2; }

while getopts 'n:h' opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    h) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "-n needs a positive integer, got '$runs'"
[[ "$limit" =~ ^[1-9][0-9]*$ ]] || die "TIMEOUT needs a positive integer, got '$limit'"

# The rows: name, program, arguments.
declare -A program args
order=()
while read -r name prog rest; do
  case "$name" in ''|'#'*) continue ;; esac
  program[$name]="$prog"
  args[$name]="$rest"
  order+=("$name")
done <"$here/benchmarks.txt"

names=("$@")
[ ${#names[@]} -gt 0 ] || names=("${order[@]}")
for name in "${names[@]}"; do
  [ -n "${program[$name]+set}" ] || die "no benchmark '$name' in benchmarks.txt"
  [ -f "$here/${program[$name]}" ] || die "missing $here/${program[$name]}"
  [ -f "$here/$name.out" ] || die "missing $here/$name.out (run bench/python/regen.sh)"
done

# The sides and how to start each; a side that cannot start fails every row, visibly.
sides=(cpython pypy switchyard)
declare -A cmd missing
cmd[cpython]="$python"
cmd[pypy]="$pypy"
cmd[switchyard]="$switchyard run"
command -v "$python" >/dev/null || missing[cpython]="$python not found"
command -v "$pypy" >/dev/null || missing[pypy]="$pypy not found (set PYPY3)"
[ -x "$switchyard" ] || missing[switchyard]="${switchyard#"$root"/} not found (build it, or set SWITCHYARD)"
if [ -z "${missing[cpython]:-}" ]; then
  version="$("$python" -c 'import sys; print("%s %d.%d" % (sys.implementation.name, *sys.version_info[:2]))')"
  [ "$version" = "cpython 3.11" ] || printf 'compare.sh: warning: %s is %s, not CPython 3.11\n' "$python" "$version" >&2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# run NAME SIDE: runs one side once; on success prints the wall time in nanoseconds,
# on failure prints "FAIL <reason>" and leaves stderr in $tmp/NAME.SIDE.err.
run() {
  local name="$1" side="$2" start end status
  local -a argv
  # shellcheck disable=SC2206  # the arguments are words
  argv=(${cmd[$side]} "${program[$name]}" ${args[$name]})
  start=$(date +%s%N)
  set +e
  (cd "$here" && timeout "$limit" "${argv[@]}" </dev/null) >"$tmp/out" 2>"$tmp/$name.$side.err"
  status=$?
  set -e
  end=$(date +%s%N)
  if [ "$status" -eq 124 ]; then
    echo "FAIL FAIL: timeout"
  elif [ "$status" -ne 0 ]; then
    echo "FAIL FAIL: exit $status"
  elif ! cmp -s "$tmp/out" "$here/$name.out"; then
    cp "$tmp/out" "$tmp/$name.$side.out"
    echo "FAIL FAIL: wrong output"
  else
    echo $((end - start))
  fi
}

# median of nanosecond counts (the mean of the middle two for an even count)
median() {
  local sorted
  mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
  local n=${#sorted[@]}
  if ((n % 2)); then echo "${sorted[n / 2]}"; else echo $(((sorted[n / 2 - 1] + sorted[n / 2]) / 2)); fi
}

declare -A result       # result[name.side] = median ns, or the failure text
for name in "${names[@]}"; do
  declare -A times=() failed=()
  for side in "${sides[@]}"; do
    if [ -n "${missing[$side]:-}" ]; then failed[$side]="FAIL: missing"; fi
  done
  for ((r = 0; r < runs; r++)); do
    for ((k = 0; k < ${#sides[@]}; k++)); do
      side="${sides[(r + k) % ${#sides[@]}]}"
      [ -z "${failed[$side]:-}" ] || continue
      t="$(run "$name" "$side")"
      if [[ "$t" == FAIL* ]]; then
        failed[$side]="${t#FAIL }"
      else
        times[$side]="${times[$side]:-} $t"
      fi
    done
  done
  for side in "${sides[@]}"; do
    if [ -n "${failed[$side]:-}" ]; then
      result[$name.$side]="${failed[$side]}"
    else
      # shellcheck disable=SC2086  # the times are words
      result[$name.$side]="$(median ${times[$side]})"
    fi
  done
  unset times failed
  printf 'compare.sh: %-14s done\n' "$name" >&2
done

# The table, the ratios and their geometric means (awk does the floating point).
{
  for name in "${names[@]}"; do
    printf '%s' "$name"
    for side in "${sides[@]}"; do printf '\t%s' "${result[$name.$side]}"; done
    printf '\n'
  done
} | awk -F'\t' -v runs="$runs" '
  function secs(v) { return (v ~ /^[0-9]+$/) ? sprintf("%.3f", v / 1e9) : v }
  function ok(v) { return v ~ /^[0-9]+$/ }
  BEGIN {
    printf "%-14s %12s %12s %18s %10s %10s\n", "benchmark", "CPython (s)", "PyPy (s)", "switchyard (s)", "sy/CPython", "sy/PyPy"
  }
  {
    rows++
    cpy = $2; pypy = $3; sy = $4
    r1 = "-"; r2 = "-"
    if (ok(sy) && ok(cpy)) { r1 = sprintf("%.2f", sy / cpy); l1 += log(sy / cpy); n1++ }
    if (ok(sy) && ok(pypy)) { r2 = sprintf("%.2f", sy / pypy); l2 += log(sy / pypy); n2++ }
    if (!ok(sy) || !ok(cpy) || !ok(pypy)) {
      why = ""
      if (!ok(sy)) why = "switchyard " sy
      if (!ok(cpy)) why = why (why ? ", " : "") "CPython " cpy
      if (!ok(pypy)) why = why (why ? ", " : "") "PyPy " pypy
      out = out sprintf("\n  %s (%s)", $1, why)
    }
    printf "%-14s %12s %12s %18s %10s %10s\n", $1, secs(cpy), secs(pypy), secs(sy), r1, r2
  }
  END {
    printf "%-14s %12s %12s %18s %10s %10s\n", "geometric mean", "", "", "", \
      n1 ? sprintf("%.2f", exp(l1 / n1)) : "-", n2 ? sprintf("%.2f", exp(l2 / n2)) : "-"
    printf "\nmedians of %d alternating runs of each side; ratio = switchyard time / peer time (below 1: switchyard is faster)\n", runs
    printf "geometric means over %d of %d rows (sy/CPython) and %d of %d rows (sy/PyPy)\n", n1, rows, n2, rows
    if (out != "") printf "left out: %d rows of sy/CPython, %d rows of sy/PyPy; rows with a failure:%s\n", rows - n1, rows - n2, out
  }'

# What went wrong, side by side with the expectation, so a failure is never just a word.
for name in "${names[@]}"; do
  for side in "${sides[@]}"; do
    v="${result[$name.$side]}"
    [[ "$v" =~ ^[0-9]+$ ]] && continue
    [ -z "${missing[$side]:-}" ] || continue
    printf '\n%s under %s: %s\n' "$name" "$side" "$v"
    if [ -s "$tmp/$name.$side.err" ]; then
      printf '  stderr (first lines):\n'; head -n 5 "$tmp/$name.$side.err" | sed 's/^/    /'
    fi
    if [ -f "$tmp/$name.$side.out" ]; then
      printf '  expected (first lines):\n'; head -n 3 "$here/$name.out" | sed 's/^/    /'
      printf '  got (first lines):\n'; head -n 3 "$tmp/$name.$side.out" | sed 's/^/    /'
    fi
  done
done
for side in "${sides[@]}"; do
  [ -z "${missing[$side]:-}" ] || printf '\n%s: %s (every row marked)\n' "$side" "${missing[$side]}"
done
printf '\nreproduce: bench/python/compare.sh -n %d %s\n' "$runs" "${names[*]}"
