# bool is a subclass of int; None is a singleton; their reprs, arithmetic and comparisons.

print(True, False, None, repr(True), str(None))
print(True + True, True * 10, False - 1, True / 2, -True, True // True, True ** 5)
print(True == 1, False == 0, True is True, None is None, None == None)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), type(True).__name__)
print(type(None).__name__, type(True + 1).__name__, type(True & False).__name__, type(True | 0).__name__)
print(True & False, True | False, True ^ True, ~True, ~False, not True, not None)
print(sum([True, True, False, True]), [1, 2, 3][True], "ab"[False])
print(max(True, 0.5), min(False, -1), sorted([True, False, 2, -1, 0]))
print(bool(), bool(None), bool(1 - 1), bool("False"), bool([None]))

d = {True: "yes", 1: "one", 1.0: "float one", None: "none"}
print(d)
print(d[True], d[1], d[None], len(d))

# None as a default and as a missing value.
def lookup(table, key, default=None):
    return table[key] if key in table else default

print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"), lookup({}, "c", "fallback"))
result = print("print returns", end=": ")
print(result)
print([x for x in [0, None, "", "x", [], [0], False, 0.0, 1] if x is not None])
print([x for x in [0, None, "", "x", [], [0], False, 0.0, 1] if x])

# Comparing None with ordering operators is a TypeError.
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)

print(str(True).upper(), f"{False}", "%s %r %d" % (True, None, True))
print(int(True), float(False), str(False), hash(True), hash(False), hash(1) == hash(True))
print(type(1 == 1) is bool, type(1 == 1.0).__name__, type(not 5).__name__)
