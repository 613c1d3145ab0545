#!/bin/sh
# Regenerates the *.expected files of this directory with the installed erl (OTP 25).
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
erlc -o "$tmp" "$here/beam_expect.erl"
erl -noshell -pa "$tmp" -run beam_expect main "$here"
# The logger's reports of crashed processes, timestamps and all (the test ignores the
# time), and erl's output when the boot function crashes, per case.
erl -noshell -pa "$tmp" -run beam_expect crash_reports "$here" > "$here/crash_reports.expected"
n=$(grep -c '^{' "$here/report_cases.txt")
: > "$here/boot_crash.expected"
for i in $(seq 1 "$n"); do
  (cd "$tmp" && erl -noshell -pa "$tmp" -run beam_expect boot_crash "$here" "$i" >out 2>err || true)
  { echo "=== $i stdout"; cat "$tmp/out"; echo "=== $i stderr"; cat "$tmp/err"; } >> "$here/boot_crash.expected"
  rm -f "$tmp/erl_crash.dump"
done
