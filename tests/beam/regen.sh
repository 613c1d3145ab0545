#!/usr/bin/env bash
# Regenerates the expected output of every Erlang program of the BEAM corpus with erl.
#
#   tests/beam/regen.sh [--check] [NAME...]
#
# Compiles each tests/beam/NAME.erl and tests/beam/bad/NAME.erl (or only the NAMEs given)
# with `erlc +deterministic` into a temporary directory, runs it twice with the reference command
# (README.md, "The reference command") and fails if the two runs differ (a program whose
# output depends on timing or scheduling is a bug in the program). Then writes NAME.out
# (stdout), NAME.err (stderr, only when not empty) and NAME.exit (exit status, only when not
# 0) beside the source, deleting stale .err/.exit files. NAME.args, when present, holds the
# arguments on one line; the program's main/1 receives them as a list of strings. When
# NAME.opts (switchyard's options) says `--entry F`, F/0 or F/1 is called instead of main.
# With --check nothing is written: the script reports every program whose committed
# expectations differ from what erl does now, and exits 1 if there is any.
# NAME.mask, when present, holds regular expressions (one per line, # for comments) for
# what varies from run to run in standard output (time stamps, pids): the two runs, and
# --check, compare standard output with their matches replaced; NAME.out is erl's own.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
check=false
if [ "${1:-}" = "--check" ]; then check=true; shift; fi
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0
fi

die() { printf 'regen.sh: %s\n' "$*" >&2; exit 1; }
command -v erl >/dev/null || die "erl not found (the set-up installs erlang-base)"
command -v erlc >/dev/null || die "erlc not found (the set-up installs erlang-dev)"

# The reference command's -eval expression. MAIN is replaced by the call of the program's
# entry point. The program's main runs in a fresh process (the -eval process itself traps
# exits, an ordinary process does not); an exception escaping main is printed the way
# Erlang's shell prints it, with the frames of erl_eval (the reference harness) dropped, and
# the VM stops with status 1; so does a main process killed by an exit signal. When main
# returns (or exits with reason normal), the VM stops at once with status 0, whatever other
# processes are still doing.
read -r -d '' runner <<'EOF' || true
Report = fun(Class, Reason, Stack) ->
    Skip = fun(M, _F, _A) -> M =:= erl_eval end,
    Pretty = fun(Term, Indent) -> io_lib:format("~.*tP", [Indent, Term, 50]) end,
    io:put_chars(standard_error,
                 ["** ", erl_error:format_exception(4, Class, Reason, Stack, Skip, Pretty, unicode), "\n"])
  end,
{Pid, Ref} = spawn_monitor(fun() ->
    Status = try MAIN of _ -> 0
             catch exit:normal -> 0;
                   Class:Reason:Stack -> Report(Class, Reason, Stack), 1
             end,
    erlang:halt(Status)
  end),
receive
  {'DOWN', Ref, process, Pid, normal} -> erlang:halt(0);
  {'DOWN', Ref, process, Pid, Why} -> Report(exit, Why, []), erlang:halt(1)
end.
EOF

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

sources=()
if [ $# -gt 0 ]; then
  for name in "$@"; do
    name="${name%.erl}"
    if [ -f "$here/$name.erl" ]; then sources+=("$here/$name.erl")
    elif [ -f "$here/bad/$name.erl" ]; then sources+=("$here/bad/$name.erl")
    else die "no program $name.erl in $here or $here/bad"; fi
  done
else
  sources=("$here"/*.erl "$here"/bad/*.erl)
fi

# Every module goes into one directory, as they would on one code path: a program may
# call another corpus module (entry_args calls entry_zero), so all are compiled even when
# only some run.
for src in "$here"/*.erl "$here"/bad/*.erl; do
  if ! erlc +deterministic -o "$tmp" "$src" >"$tmp/erlc.log" 2>&1; then
    cat "$tmp/erlc.log" >&2
    die "erlc failed on $src"
  fi
done

# run SRC OUTBASE: runs the compiled module of SRC once with the reference command;
# leaves OUTBASE.out, OUTBASE.err and OUTBASE.exit.
run() {
  local src="$1" base="$2" mod args=() call status
  mod="$(basename "$src" .erl)"
  entry=main
  if [ -f "${src%.erl}.opts" ]; then
    # `--entry F` in NAME.opts: switchyard calls F instead of main, and so does erl.
    entry="$(head -n 1 "${src%.erl}.opts" | sed -nE 's/(^|.* )--entry ([a-z_][A-Za-z0-9_]*)( .*|$)/\2/p')"
    [ -n "$entry" ] || entry=main
  fi
  if [ -f "${src%.erl}.args" ]; then
    mapfile -d '' args < <(head -n 1 "${src%.erl}.args" | xargs printf '%s\0')
    call="$mod:$entry(init:get_plain_arguments())"
  else
    call="$mod:$entry()"
  fi
  set +e
  (cd "$tmp" && env -u ERL_FLAGS -u ERL_AFLAGS -u ERL_ZFLAGS -u ERL_LIBS HOME="$tmp" \
     timeout -k 5 120 erl -noshell -pa "$tmp" -eval "${runner//MAIN/$call}" -extra "${args[@]}") \
     </dev/null >"$base.out" 2>"$base.err"
  status=$?
  set -e
  [ "$status" = 124 ] && die "$mod: still running after 120 s (a program must finish on its own)"
  echo "$status" >"$base.exit"
}

# masked FILE MASKFILE: FILE with every match of MASKFILE's expressions replaced.
masked() {
  local script="" re
  if [ -f "$2" ]; then
    while IFS= read -r re; do
      case "$re" in ''|'#'*) continue ;; esac
      script+=$'s\x01'"$re"$'\x01<masked>\x01g\n'
    done <"$2"
  fi
  sed -E "$script" "$1"
}

changed=0
for src in "${sources[@]}"; do
  name="$(basename "$src" .erl)"
  dir="$(dirname "$src")"
  run "$src" "$tmp/$name.1"
  run "$src" "$tmp/$name.2"
  if [ -f "$dir/$name.mask" ]; then
    for run_out in "$tmp/$name.1.out" "$tmp/$name.2.out"; do
      cp "$run_out" "$run_out.raw"
      masked "$run_out.raw" "$dir/$name.mask" >"$run_out.cmp"
    done
    cmp -s "$tmp/$name.1.out.cmp" "$tmp/$name.2.out.cmp" && cp "$tmp/$name.1.out" "$tmp/$name.2.out"
  fi
  for part in out err exit; do
    if ! cmp -s "$tmp/$name.1.$part" "$tmp/$name.2.$part"; then
      diff "$tmp/$name.1.$part" "$tmp/$name.2.$part" >&2 || true
      die "$name: two runs gave different $part: the program is not deterministic"
    fi
  done
  status="$(cat "$tmp/$name.1.exit")"
  if $check; then
    want_exit=0
    [ -f "$dir/$name.exit" ] && want_exit="$(cat "$dir/$name.exit")"
    want_err=/dev/null
    [ -f "$dir/$name.err" ] && want_err="$dir/$name.err"
    if ! cmp -s <(masked "$tmp/$name.1.out" "$dir/$name.mask") <(masked "$dir/$name.out" "$dir/$name.mask") \
       || ! cmp -s "$tmp/$name.1.err" "$want_err" \
       || [ "$status" != "$want_exit" ]; then
      printf 'regen.sh: %s: expectations differ from erl\n' "$name" >&2
      diff "$dir/$name.out" "$tmp/$name.1.out" >&2 || true
      diff "$want_err" "$tmp/$name.1.err" >&2 || true
      [ "$status" = "$want_exit" ] || printf 'exit status %s, expected %s\n' "$status" "$want_exit" >&2
      changed=1
    fi
    continue
  fi
  cp "$tmp/$name.1.out" "$dir/$name.out"
  if [ -s "$tmp/$name.1.err" ]; then cp "$tmp/$name.1.err" "$dir/$name.err"; else rm -f "$dir/$name.err"; fi
  if [ "$status" != 0 ]; then echo "$status" >"$dir/$name.exit"; else rm -f "$dir/$name.exit"; fi
  printf '%-28s exit %s, %6d bytes out, %5d bytes err\n' "$name" "$status" \
    "$(wc -c <"$tmp/$name.1.out")" "$(wc -c <"$tmp/$name.1.err")"
done
if $check; then
  [ "$changed" = 0 ] && printf 'regen.sh: all %d programs match\n' "${#sources[@]}"
  exit "$changed"
fi
