# Ints too big for an index: clipped in slices, IndexError as a subscript, OverflowError
# elsewhere.
print([1, 2, 3][0:10**20], "abc".find("b", 0, 10**30), "abc"[-10**20:])
try:
    [1] * 10**20
except OverflowError as e:
    print("OverflowError:", e)
print("abc"[10**20])
