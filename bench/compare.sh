#!/usr/bin/env bash
# Program benchmarks, switchyard against LuaJIT's interpreter (luajit -joff).
#
#   bench/compare.sh [-n RUNS] [NAME...]
#
# For every bench/programs/NAME.syir with a NAME.lua beside it (or only the NAMEs given),
# runs the pair alternately RUNS times (default 5; the order flips every round so neither
# side always runs on a warmer machine), checks every output against NAME.out and stops
# at the first mismatch, then prints the median wall time of each side and their ratio.
# Builds nothing itself: it uses build/switchyard (SWITCHYARD_BUILD_DIR overrides the
# build directory) and runs `./switchyard build` only when the binary is missing.
# LUAJIT names the luajit binary (default: luajit on PATH).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SWITCHYARD_BUILD_DIR:-$root/build}"
luajit="${LUAJIT:-luajit}"
programs="$root/bench/programs"
runs=5

die() { printf 'compare.sh: %s\n' "$*" >&2; exit 1; }

while getopts 'n:h' opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    h) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "-n needs a positive integer, got '$runs'"

if [ ! -x "$build/switchyard" ]; then
  printf 'compare.sh: %s missing; running ./switchyard build\n' "$build/switchyard" >&2
  "$root/switchyard" build
fi
command -v "$luajit" >/dev/null || die "$luajit not found (set LUAJIT)"

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$programs"/*.syir; do
    name="$(basename "$f" .syir)"
    [ -f "$programs/$name.lua" ] && names+=("$name")
  done
fi
[ ${#names[@]} -gt 0 ] || die "no benchmark pairs in $programs"
for name in "${names[@]}"; do
  for ext in syir lua out; do
    [ -f "$programs/$name.$ext" ] || die "missing $programs/$name.$ext"
  done
done

out="$(mktemp)"
trap 'rm -f "$out"' EXIT

# run NAME SIDE: runs one side once from the programs folder, checks its output and exit
# status, and prints its wall time in nanoseconds.
run() {
  local name="$1" side="$2" cmd start end status
  case "$side" in
    switchyard) cmd=("$build/switchyard" run "$name.syir") ;;
    luajit)     cmd=("$luajit" -joff "$name.lua") ;;
  esac
  start=$(date +%s%N)
  set +e
  (cd "$programs" && "${cmd[@]}") >"$out" 2>&1
  status=$?
  set -e
  end=$(date +%s%N)
  if [ "$status" -ne 0 ] || ! cmp -s "$out" "$programs/$name.out"; then
    {
      printf 'compare.sh: %s: WRONG OUTPUT from %s (exit status %d)\n' "$name" "${cmd[*]}" "$status"
      printf -- '--- expected ---\n'; cat "$programs/$name.out"
      printf -- '--- got ---\n'; cat "$out"
    } >&2
    exit 1
  fi
  echo $((end - start))
}

# median of nanosecond counts (the mean of the middle two for an even count)
median() {
  local sorted
  mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
  local n=${#sorted[@]}
  if ((n % 2)); then echo "${sorted[n / 2]}"; else echo $(((sorted[n / 2 - 1] + sorted[n / 2]) / 2)); fi
}

# nanoseconds as seconds with three decimals
seconds() { printf '%d.%03d' $(($1 / 1000000000)) $((($1 / 1000000) % 1000)); }

rows=()
for name in "${names[@]}"; do
  sw=() lj=()
  for ((r = 0; r < runs; r++)); do
    if ((r % 2 == 0)); then
      sw+=("$(run "$name" switchyard)"); lj+=("$(run "$name" luajit)")
    else
      lj+=("$(run "$name" luajit)"); sw+=("$(run "$name" switchyard)")
    fi
  done
  msw=$(median "${sw[@]}")
  mlj=$(median "${lj[@]}")
  ratio=$((msw * 100 / mlj))
  rows+=("$(printf '%-12s %16s %18s %8s' "$name" "$(seconds "$msw")" "$(seconds "$mlj")" \
           "$((ratio / 100)).$(printf '%02d' $((ratio % 100)))")")
done

printf '%-12s %16s %18s %8s\n' benchmark 'switchyard (s)' 'luajit -joff (s)' ratio
printf '%s\n' "${rows[@]}"
printf '\nmedians of %d alternating runs of each; ratio = switchyard / luajit -joff\n' "$runs"
printf 'reproduce: bench/compare.sh -n %d %s\n' "$runs" "${names[*]}"
printf 'each run:  (cd bench/programs && %s run NAME.syir; %s -joff NAME.lua)\n' \
  "${build#"$root"/}/switchyard" "$luajit"
