# A SyntaxError with a location, raised by the program and not caught: the traceback
# ends with the location printed as the compiler prints it, carets and all.
def check(line):
    if "def" in line:
        raise SyntaxError("bad thing", ("config.py", 3, 2, "abc def\n", 3, 5))


check("abc def")
