#!/usr/bin/env bash
# BEAM benchmarks, switchyard against erl (BEAM with its JIT), side by side.
#
#   bench/beam/compare.sh [-n RUNS] [-s 'OPTIONS'] [-x 'LABEL=OPTIONS']... [-e 'ERL FLAGS']
#                         [-t SECONDS] [NAME...]
#   bench/beam/compare.sh -u            rewrite every NAME.out from erl's output
#
# Compiles bench/beam/*.erl with `erlc +deterministic` into a temporary directory, then
# runs every benchmark (fact reverse ring pingpong spawn nbody, or the NAMEs given) RUNS
# times (default 3) on each side, alternating the order every round, with
#   erl -noshell ERL_FLAGS -pa DIR -eval 'NAME:main(), erlang:halt().'
#   switchyard run OPTIONS NAME.beam                      (in DIR)
# Every run's output, less its `metric` line, must equal NAME.out. Prints the medians of
# each benchmark's own measurement (its `metric` line: seconds of work, or ns per hop,
# message or process; start-up excluded) and of wall time, and their ratio. Then the
# start-up time of hello.beam in ms (at least 5 runs a side).
# -s adds switchyard options to every run; -x adds a switchyard variant (a row of its
# own) with its own options, e.g. -x 'fair=--reductions=2000' -x 'unfair=...'. A
# switchyard run that fails (exit status, wrong output, no metric, time-out after -t
# seconds, default 300) marks its row FAILED with the reason; the row is left out of the
# summary. SWITCHYARD names the binary (default: build/switchyard, or
# $SWITCHYARD_BUILD_DIR/switchyard); nothing is built.
set -euo pipefail

orig_args=("$@")
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
switchyard="${SWITCHYARD:-${SWITCHYARD_BUILD_DIR:-$root/build}/switchyard}"
runs=3
limit=300
update=false
common_opts=""
erl_flags=""
labels=()
variant_opts=()
all_names=(fact reverse ring pingpong spawn nbody)

die() { printf 'compare.sh: %s\n' "$*" >&2; exit 1; }

while getopts 'n:s:x:e:t:uh' opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    s) common_opts="$OPTARG" ;;
    x) [[ "$OPTARG" == *=* ]] || die "-x needs LABEL=OPTIONS, got '$OPTARG'"
       labels+=("${OPTARG%%=*}"); variant_opts+=("${OPTARG#*=}") ;;
    e) erl_flags="$OPTARG" ;;
    t) limit="$OPTARG" ;;
    u) update=true ;;
    h) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "-n needs a positive integer, got '$runs'"
[[ "$limit" =~ ^[1-9][0-9]*$ ]] || die "-t needs a positive integer, got '$limit'"
if [ ${#labels[@]} -eq 0 ]; then labels=(switchyard); variant_opts=(""); fi
command -v erl >/dev/null || die "erl not found (the set-up installs erlang-base)"
command -v erlc >/dev/null || die "erlc not found (the set-up installs erlang-dev)"

names=("$@")
[ ${#names[@]} -gt 0 ] || names=("${all_names[@]}" hello)
for name in "${names[@]}"; do
  [ -f "$here/$name.erl" ] || die "no benchmark $here/$name.erl"
  $update || [ -f "$here/$name.out" ] || die "missing $here/$name.out (run compare.sh -u)"
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
erlc +deterministic -o "$tmp" "$here"/*.erl >"$tmp/erlc.log" 2>&1 || { cat "$tmp/erlc.log" >&2; die "erlc failed"; }
read -r -a erl_argv <<<"$erl_flags"

# run SIDE NAME [SWITCHYARD OPTIONS...]: runs one benchmark once in the temporary
# directory; prints "STATUS WALL_NS METRIC UNIT" and leaves the output, less the metric
# line, in $tmp/run.clean and standard error in $tmp/run.err.
run() {
  local side="$1" name="$2" start end status metric unit cmd
  shift 2
  case "$side" in
    erl) cmd=(erl -noshell "${erl_argv[@]}" -pa "$tmp" -eval "$name:main(), erlang:halt().") ;;
    sy) cmd=("$switchyard" run "$@" "$name.beam") ;;
  esac
  start=$(date +%s%N)
  set +e
  (cd "$tmp" && timeout -k 5 "$limit" "${cmd[@]}") </dev/null >"$tmp/run.out" 2>"$tmp/run.err"
  status=$?
  set -e
  end=$(date +%s%N)
  metric=$(awk '/^metric / { print $2; exit }' "$tmp/run.out")
  unit=$(awk '/^metric / { print $3; exit }' "$tmp/run.out")
  grep -v '^metric ' "$tmp/run.out" >"$tmp/run.clean" || true
  echo "$status $((end - start)) ${metric:--} ${unit:--}"
}

# why_failed NAME STATUS METRIC: empty if the last run is good, else the reason.
why_failed() {
  local name="$1" status="$2" metric="$3" first
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then echo "timed out after ${limit} s"; return; fi
  if [ "$status" != 0 ]; then
    first="$(grep -m 1 . "$tmp/run.err" | cut -c 1-70 || true)"
    echo "exit status $status${first:+: $first}"; return
  fi
  if ! cmp -s "$tmp/run.clean" "$here/$name.out"; then echo "wrong output"; return; fi
  if [ "$name" != hello ] && [ "$metric" = - ]; then echo "no metric line"; fi
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

if $update; then
  for name in "${names[@]}"; do
    read -r status _ _ _ < <(run erl "$name")
    [ "$status" = 0 ] || { cat "$tmp/run.err" >&2; die "$name: erl exited with status $status"; }
    cp "$tmp/run.clean" "$here/$name.out"
    printf 'wrote %s.out\n' "$name"
  done
  exit 0
fi

have_sy=true
[ -x "$switchyard" ] || have_sy=false

rows=() ratios=() failed=()
startup=""
for name in "${names[@]}"; do
  n=$runs
  [ "$name" = hello ] && [ "$n" -lt 5 ] && n=5
  # Per variant v: space-separated metrics and wall times, and the reason it failed.
  erl_metric=() erl_wall=() sy_metric=() sy_wall=() sy_fail=()
  for ((v = 0; v < ${#labels[@]}; v++)); do
    sy_metric[v]="" sy_wall[v]="" sy_fail[v]=""
    $have_sy || sy_fail[v]="no binary at $switchyard (build it, or set SWITCHYARD)"
  done
  for ((r = 0; r < n; r++)); do
    for turn in first second; do
      if { [ $((r % 2)) = 0 ] && [ $turn = second ]; } || { [ $((r % 2)) = 1 ] && [ $turn = first ]; }; then
        read -r status wall metric _ < <(run erl "$name")
        reason="$(why_failed "$name" "$status" "$metric")"
        if [ -n "$reason" ]; then
          { printf 'compare.sh: %s: erl failed (%s); erl must pass every benchmark\n' "$name" "$reason"
            cat "$tmp/run.err"; } >&2
          exit 1
        fi
        erl_metric+=("$metric"); erl_wall+=("$wall")
      else
        for ((v = 0; v < ${#labels[@]}; v++)); do
          [ -z "${sy_fail[v]}" ] || continue
          read -r -a opts <<<"$common_opts ${variant_opts[$v]}"
          read -r status wall metric _ < <(run sy "$name" "${opts[@]}")
          reason="$(why_failed "$name" "$status" "$metric")"
          if [ -n "$reason" ]; then sy_fail[v]="$reason"; continue; fi
          sy_metric[v]+="$metric "; sy_wall[v]+="$wall "
        done
      fi
    done
  done
  em=$(median "${erl_metric[@]}")
  ew=$(median "${erl_wall[@]}")
  for ((v = 0; v < ${#labels[@]}; v++)); do
    label="${labels[$v]}"
    if [ -n "${sy_fail[v]}" ]; then
      failed+=("$name/$label")
      if [ "$name" = hello ]; then
        startup+="$(awk -v l="$label" -v e="$ew" -v f="${sy_fail[v]}" 'BEGIN { printf "%-21s %12s %12.1f %7s\n          (%s)", "hello    " l, "FAILED", e / 1e6, "-", f }')"$'\n'
      else
        rows+=("$(awk -v n="$name" -v l="$label" -v e="$em" -v ew="$ew" -v f="${sy_fail[v]}" \
                      'BEGIN { printf "%-9s %-11s %12s %12s %7s   %10s %10.3f\n          (%s)", n, l, "FAILED", e, "-", "-", ew / 1e9, f }')")
      fi
      continue
    fi
    read -r -a sm_list <<<"${sy_metric[v]}"
    read -r -a sw_list <<<"${sy_wall[v]}"
    sw=$(median "${sw_list[@]}")
    if [ "$name" = hello ]; then
      startup+="$(awk -v l="$label" -v s="$sw" -v e="$ew" 'BEGIN { printf "%-21s %12.1f %12.1f %7.2f", "hello    " l, s / 1e6, e / 1e6, s / e }')"$'\n'
      continue
    fi
    sm=$(median "${sm_list[@]}")
    ratio=$(awk -v s="$sm" -v e="$em" 'BEGIN { printf "%.2f", s / e }')
    ratios+=("$label $ratio")
    rows+=("$(awk -v n="$name" -v l="$label" -v s="$sm" -v e="$em" -v r="$ratio" \
                  -v sw="$sw" -v ew="$ew" 'BEGIN { printf "%-9s %-11s %12s %12s %7s   %10.3f %10.3f", n, l, s, e, r, sw / 1e9, ew / 1e9 }')")
  done
done

printf '%-9s %-11s %12s %12s %7s   %10s %10s\n' benchmark variant switchyard erl ratio 'wall sy s' 'wall erl s'
for row in "${rows[@]}"; do printf '%s\n' "$row"; done
printf '\nmetric columns: each benchmark'"'"'s own measurement, median of %d runs a side:\n' "$runs"
printf '  fact, reverse, nbody: seconds of work; ring: ns per hop; pingpong: ns per message;\n'
printf '  spawn: ns per process (spawn, one message, exit). ratio = switchyard / erl.\n'
printf '  wall columns: whole process, start-up included.\n'
if [ -n "$startup" ]; then
  printf '\nstart-up: hello.beam, whole process, median of %d runs a side\n' "$(( runs < 5 ? 5 : runs ))"
  printf '%-21s %12s %12s %7s\n' 'benchmark variant' 'switchyard ms' 'erl ms' ratio
  printf '%s' "$startup"
fi
if [ ${#ratios[@]} -gt 0 ]; then
  printf '\n'
  printf '%s\n' "${ratios[@]}" | awk '{ s[$1] += log($2); c[$1]++ }
    END { for (l in s) printf "geometric mean of ratios, %s: %.2f over %d benchmarks\n", l, exp(s[l] / c[l]), c[l] }'
fi
if [ ${#failed[@]} -gt 0 ]; then printf 'failed, left out of the summary: %s\n' "${failed[*]}"; fi
printf '\nerl: %s; erl flags: %s\n' "$(erl -noshell -eval 'io:put_chars(erlang:system_info(system_version)), halt().' | head -n 1 | sed 's/ *$//')" "${erl_flags:-none}"
printf 'switchyard: %s; options: %s\n' "$switchyard" "$(for ((v = 0; v < ${#labels[@]}; v++)); do printf '%s=[%s] ' "${labels[$v]}" "$common_opts ${variant_opts[$v]}"; done)"
printf 'reproduce: bench/beam/compare.sh'; [ ${#orig_args[@]} -eq 0 ] || printf ' %q' "${orig_args[@]}"; printf '\n'
