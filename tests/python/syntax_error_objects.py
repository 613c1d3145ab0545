# SyntaxError objects made by the program: the attributes come from the arguments, and
# str() names the file (its base name) and the line.
e = SyntaxError("bad thing", ("dir/f.py", 3, 2, "abc def\n", 3, 5))
print(e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(repr(e), e.args)
plain = SyntaxError("plain")
print(plain, "|", plain.msg, plain.filename, plain.lineno, plain.offset, plain.text)
short = IndentationError("x", ("dir/g.py", 7, 1, None))
print(short, "|", short.end_lineno, short.end_offset, isinstance(short, SyntaxError))
tab = TabError("mixed", ("t.py", 2, 1, "\tx\n"))
print(tab, "|", type(tab).__mro__[1].__name__, isinstance(tab, IndentationError))
for args in [(), (None,), ("a", "b", "c"), (5, ("x.py", "y", 1, "t")), ("m", (None, 4, 1, "t"))]:
    print(repr(str(SyntaxError(*args))))
try:
    raise SyntaxError("raised", ("h.py", 1, 1, "x\n"))
except SyntaxError as caught:
    print("caught", caught)
