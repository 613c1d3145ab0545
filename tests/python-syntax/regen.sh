#!/bin/sh
# Regenerates the expected outputs of the Python syntax tests with CPython 3.11:
#   NAME.ast         print(ast.dump(ast.parse(source))) for NAME.py
#   errors/NAME.err  what `python3.11 NAME.py` writes to standard error (a SyntaxError
#                    report); the absolute path CPython prints is cut to the file name,
#                    which is how switchyard prints a file given by name.
#   scope-errors/NAME.err  the same, for errors found after parsing (symtable, compiler)
#   scopes/NAME.symtable   CPython's symbol table (tools/gen_symtable.py)
# unsupported/ holds this implementation's own reports for syntax it rejects on purpose
# (async, match, imaginary literals); they are written by hand, not generated.
set -eu
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
version=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
  echo "regen.sh: need CPython 3.11, $PY is $version" >&2
  exit 1
fi
for f in *.py; do
  "$PY" -c 'import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1], "rb").read())))' "$f" > "${f%.py}.ast"
done
for dir in errors scope-errors; do
  (
    cd "$dir"
    for f in *.py; do
      if "$PY" "$f" > /dev/null 2> "${f%.py}.err.tmp"; then
        echo "regen.sh: $dir/$f ran without a syntax error" >&2
        rm -f "${f%.py}.err.tmp"
        exit 1
      fi
      sed "s|$PWD/||g" "${f%.py}.err.tmp" > "${f%.py}.err"
      rm -f "${f%.py}.err.tmp"
    done
  )
done
cd scopes
for f in *.py; do
  "$PY" ../tools/gen_symtable.py "$f" > "${f%.py}.symtable"
done
