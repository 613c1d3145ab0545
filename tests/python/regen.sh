#!/usr/bin/env bash
# Regenerates the expected results of every program in tests/python and tests/python/errors
# with CPython 3.11 (see README.md for the conventions).
#
#   tests/python/regen.sh [NAME.py...]      (default: every program)
#   PYTHON=/path/to/python3.11 tests/python/regen.sh
#
# Each program runs from its own folder as `python3 NAME.py ARGS` (ARGS: the first line of
# NAME.args), in a clean environment, three times with different string-hash seeds; a program
# whose output depends on the seed is refused. Writes NAME.out (always), NAME.err (when
# stderr is not empty) and NAME.exit (when the status is not 0), removing stale ones.
# CPython prints the absolute path of the script in tracebacks and syntax errors (and of
# an imported module in its SyntaxWarnings); that directory prefix is removed, so the files
# name the program as written on the command line, which is how `switchyard run NAME.py`
# reports it. Nothing else is rewritten.
set -euo pipefail
shopt -s nullglob

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-python3}"

die() { printf 'regen.sh: %s\n' "$*" >&2; exit 1; }

command -v "$python" >/dev/null || die "$python not found (set PYTHON)"
version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
[ "$version" = 3.11 ] || die "$python is Python $version; the expected files are CPython 3.11's"
"$python" -c 'import sys; sys.exit(sys.implementation.name != "cpython")' \
  || die "$python is not CPython"

programs=()
if [ $# -gt 0 ]; then
  for p in "$@"; do
    [ -f "$p" ] || [ -f "$here/$p" ] || die "no such program: $p"
    if [ -f "$p" ]; then programs+=("$(cd "$(dirname "$p")" && pwd)/$(basename "$p")")
    else programs+=("$here/$p"); fi
  done
else
  programs=("$here"/*.py "$here"/errors/*.py)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# run DIR NAME SEED ARGS...: runs one program, leaving stdout, stderr and the status in $tmp.
run() {
  local dir="$1" name="$2" seed="$3" status
  shift 3
  set +e
  (cd "$dir" && env -i PATH="$PATH" LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8 \
      PYTHONHASHSEED="$seed" PYTHONDONTWRITEBYTECODE=1 \
      timeout 120 "$python" -s "$name" "$@") >"$tmp/out.$seed" 2>"$tmp/err.$seed"
  status=$?
  set -e
  echo "$status" >"$tmp/status.$seed"
}

count=0
for prog in "${programs[@]}"; do
  dir="$(dirname "$prog")"
  name="$(basename "$prog")"
  stem="${name%.py}"
  args=()
  if [ -f "$dir/$stem.args" ]; then
    line="$(head -n 1 "$dir/$stem.args")"
    case "$line" in *[\'\"\\]*) die "$stem.args: quotes and backslashes are not supported" ;; esac
    read -r -a args <<<"$line"
  fi
  for seed in 0 4242 987654; do
    run "$dir" "$name" "$seed" "${args[@]}"
  done
  for seed in 4242 987654; do
    for part in out err status; do
      cmp -s "$tmp/$part.0" "$tmp/$part.$seed" \
        || die "$name: $part differs between hash seeds; the program is not deterministic"
    done
  done
  status="$(cat "$tmp/status.0")"
  [ "$status" != 124 ] || die "$name: timed out"
  cp "$tmp/out.0" "$dir/$stem.out"
  if [ -s "$tmp/err.0" ]; then
    # The prefix is matched literally: only `File "<dir>/` becomes `File "`, and
    # `<dir>/` at the start of a `NAME.py:N: SyntaxWarning: ` line is dropped.
    "$python" - "$tmp/err.0" "$dir/$stem.err" "$dir/" <<'PY'
import re
import sys
src, dst, prefix = sys.argv[1:]
text = open(src, encoding="utf-8").read()
text = text.replace('File "' + prefix, 'File "')
text = re.sub("^" + re.escape(prefix) + r"(?=[^/\n]*\.py:\d+: SyntaxWarning: )", "", text, flags=re.M)
with open(dst, "w", encoding="utf-8", newline="") as f:
    f.write(text)
PY
  else
    rm -f "$dir/$stem.err"
  fi
  if [ "$status" != 0 ]; then echo "$status" >"$dir/$stem.exit"; else rm -f "$dir/$stem.exit"; fi
  count=$((count + 1))
done

# Expected files whose program is gone.
for f in "$here"/*.out "$here"/*.err "$here"/*.exit "$here"/*.args \
         "$here"/errors/*.out "$here"/errors/*.err "$here"/errors/*.exit "$here"/errors/*.args; do
  [ -e "$f" ] || continue
  [ -f "${f%.*}.py" ] || printf 'regen.sh: warning: %s has no program beside it\n' "$f" >&2
done
printf 'regen.sh: %d programs regenerated with %s (%s)\n' "$count" "$python" \
  "$("$python" -c 'import sys; print(sys.version.split()[0])')"
