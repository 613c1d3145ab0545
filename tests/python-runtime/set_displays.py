# Set displays of constants are built as CPython folds them (a frozenset constant merged
# into a new set), which decides their iteration order; other sets add items in order.
print({5, 3, 1, 100, -1, -2, 33, 17, 8})
x = {5, 3, 1, 100, -1, -2, 33, 17, 8}
print(x, {0, 1, 2, 3, -1, -5, -4, -3, -2})
a, b = -1, -2
print({5, 3, 1, 100, a, b, 33, 17, 8})
print(frozenset({7, 15, 23, 31}), {(1, 2), (-1, -2), (0, 0)}, {1.5, -2.5, 3.0})
