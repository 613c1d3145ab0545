#!/bin/sh
# Regenerates the *.expected files of this directory with the installed erl (OTP 25).
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
erlc -o "$tmp" "$here/beam_expect.erl"
erl -noshell -pa "$tmp" -run beam_expect main "$here"
