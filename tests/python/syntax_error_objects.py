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

# The location is any sequence of four to six items.
listed = SyntaxError("x", ["f.py", 2, 1, "t"])
print(listed, "|", listed.lineno, listed.args)
letters = SyntaxError("x", "abcd")
print(letters, "|", letters.filename, letters.lineno, letters.offset, letters.text, letters.end_lineno)
for location in [("a", 1), ("a", 1, 2, 3, 4, 5, 6), 5]:
    try:
        SyntaxError("x", location)
    except TypeError as error:
        print("TypeError:", error)

# The attributes are ordinary ones afterwards.
changed = SyntaxError("changed", ("c.py", 1, 1, "x\n"))
changed.lineno = 42
changed.filename = "elsewhere/d.py"
print(changed)


class ConfigError(SyntaxError):
    def __init__(self, message, line):
        super().__init__(message, ("settings.ini", line, 1, "key = \n"))
        self.line = line


try:
    raise ConfigError("missing value", 12)
except SyntaxError as error:
    print(type(error).__name__, error, error.line, error.offset)
