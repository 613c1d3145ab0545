# OSError(errno, strerror[, filename[, winerror[, filename2]]]): its attributes, str, args,
# and the subclass its errno selects.
for args in [(), ("msg",), (2, "No such file"), (2, "No such file", "a.txt"), (1, "x", "a", None, "b"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(repr(e), "|", str(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2)
e = FileNotFoundError(2, "No such file or directory", "missing.txt")
print(str(e), e.errno, isinstance(e, OSError))
try:
    raise PermissionError(13, "Permission denied", "/etc/shadow")
except OSError as x:
    print(x, x.filename)
