#!/bin/sh
# Regenerates the expected output of every program here (and in errors/) with CPython
# 3.11: NAME.out, NAME.err when stderr is not empty, NAME.exit when the status is not 0.
# CPython prints the script's absolute path in tracebacks; the folder prefix is stripped,
# as switchyard prints the path as given. `regen.sh NAME.py ...` regenerates some.
set -e
cd "$(dirname "$0")"
python3.11 --version >/dev/null 2>&1 && PY=python3.11 || PY=python3
$PY -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || { echo "regen.sh: needs CPython 3.11" >&2; exit 1; }
run() {
  dir=$(dirname "$1"); name=$(basename "$1" .py)
  (cd "$dir" && { $PY "$name.py" > "$name.out" 2> "$name.err.tmp"; echo $? > "$name.exit"; } || true
   sed "s|$(pwd)/||g" "$name.err.tmp" > "$name.err"; rm -f "$name.err.tmp"
   [ -s "$name.err" ] || rm -f "$name.err"
   [ "$(cat "$name.exit")" != 0 ] || rm -f "$name.exit")
}
if [ $# -gt 0 ]; then for p in "$@"; do run "$p"; done; else for p in *.py errors/*.py; do run "$p"; done; fi
