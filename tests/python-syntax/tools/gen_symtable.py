#!/usr/bin/env python3
"""Prints CPython's symbol table for a Python file in the text form that
sy::py::dump_scopes prints (frontends/python/syntax/scopes.h):

    <type> <name> line <lineno>[ nested][ generator][ class_cell]
      params: <parameters in order>          (functions only)
      <symbol>: <scope> <DEF flags...>       (symbols sorted by name)
      <children, indented, in source order>

"generator" (the function's code has CO_GENERATOR) and "class_cell" (the class body
creates the __class__ cell for super()) come from compiling the file.

Usage: gen_symtable.py FILE.py > FILE.symtable   (regen.sh does this with python3.11)
"""
import sys
import symtable

FLAGS = [("DEF_GLOBAL", 1), ("DEF_LOCAL", 2), ("DEF_PARAM", 4), ("DEF_NONLOCAL", 8),
         ("USE", 16), ("DEF_FREE", 32), ("DEF_FREE_CLASS", 64), ("DEF_IMPORT", 128),
         ("DEF_ANNOT", 256), ("DEF_COMP_ITER", 512)]
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


CO_GENERATOR = 0x20
CODES = {}  # name -> [code objects]


def collect(code):
    CODES.setdefault(code.co_name.strip("<>"), []).append(code)
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            collect(const)


def code_for(table):
    # A decorated definition's code starts at its first decorator, before the table's line.
    best = None
    for code in CODES.get(table.get_name(), []):
        if code.co_firstlineno <= table.get_lineno() and (best is None or code.co_firstlineno > best.co_firstlineno):
            best = code
    return best


def show(table, depth):
    pad = "  " * depth
    line = f"{pad}{table.get_type()} {table.get_name()} line {table.get_lineno()}"
    if table.is_nested():
        line += " nested"
    code = code_for(table)
    if table.get_type() == "function" and code and code.co_flags & CO_GENERATOR:
        line += " generator"
    if table.get_type() == "class" and code and "__class__" in code.co_cellvars:
        line += " class_cell"
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
collect(compile(source, sys.argv[1], "exec"))
show(symtable.symtable(source, sys.argv[1], "exec"), 0)
