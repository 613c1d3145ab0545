#!/usr/bin/env bash
# Regenerates NAME.out for every row of benchmarks.txt with CPython 3.11 and checks that
# PyPy (when installed) prints the same.
#
#   bench/python/regen.sh            PYTHON3=... PYPY3=... override the interpreters
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON3:-python3}"
pypy="${PYPY3:-pypy3}"

die() { printf 'regen.sh: %s\n' "$*" >&2; exit 1; }

version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
[ "$version" = 3.11 ] || die "$python is Python $version; the expected outputs are CPython 3.11's"

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
while read -r name program args; do
  case "$name" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086  # the arguments are words
  (cd "$here" && "$python" "$program" $args </dev/null) >"$here/$name.out" || die "$name: $python failed"
  if command -v "$pypy" >/dev/null; then
    # shellcheck disable=SC2086
    (cd "$here" && "$pypy" "$program" $args </dev/null) >"$tmp" || die "$name: $pypy failed"
    cmp -s "$tmp" "$here/$name.out" || die "$name: $pypy prints something else than $python"
  fi
  printf 'regen.sh: %s\n' "$name"
done <"$here/benchmarks.txt"
