#!/usr/bin/env python3
"""Prints CPython's symbol table for a Python file in the text form that
sy::py::dump_scopes prints (frontends/python/syntax/scopes.h):

    <type> <name> line <lineno>[ nested]
      params: <parameters in order>          (functions only)
      <symbol>: <scope> <DEF flags...>       (symbols sorted by name)
      <children, indented, in source order>

Usage: gen_symtable.py FILE.py > FILE.symtable   (regen.sh does this with python3.11)
"""
import sys
import symtable

FLAGS = [("DEF_GLOBAL", 1), ("DEF_LOCAL", 2), ("DEF_PARAM", 4), ("DEF_NONLOCAL", 8),
         ("USE", 16), ("DEF_FREE", 32), ("DEF_FREE_CLASS", 64), ("DEF_IMPORT", 128),
         ("DEF_ANNOT", 256), ("DEF_COMP_ITER", 512)]
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def show(table, depth):
    pad = "  " * depth
    line = f"{pad}{table.get_type()} {table.get_name()} line {table.get_lineno()}"
    if table.is_nested():
        line += " nested"
    print(line)
    if table.get_type() == "function":
        print(f"{pad}  params: {', '.join(table.get_parameters())}".rstrip())
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        raw = sym._Symbol__flags
        scope = SCOPES.get((raw >> symtable.SCOPE_OFF) & symtable.SCOPE_MASK, "NONE")
        names = [n for n, bit in FLAGS if raw & bit]
        print(f"{pad}  {sym.get_name()}: {scope} {' '.join(names)}".rstrip())
    for child in table.get_children():
        show(child, depth + 1)


with open(sys.argv[1], "rb") as f:
    source = f.read()
show(symtable.symtable(source, sys.argv[1], "exec"), 0)
