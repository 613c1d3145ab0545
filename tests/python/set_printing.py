# Sets of ints print in CPython's hash-table order: small non-negative ints land in slot
# (hash mod table size), so order depends on table size, collisions and deletions.
# hash(-1) is -2, so -1 and -2 collide.

print({3, 1, 2})
print({5, 3, 1, 100, -1, -2, 33, 17, 8})
print({10, 20, 30, 40, 50, 60, 70, 80, 90})
print({8, 16, 24, 32, 0})
print({-5, -4, -3, -2, -1, 0, 1, 2, 3})
print({1000, 100, 10, 1})
print({2 ** 40, 2 ** 40 + 1, 7})
print(set(range(20, 0, -1)))
print(set(range(0, 100, 7)))
print({True, 2, 0.5, 3.0})

s = set()
for n in [9, 4, 12, 1, 17, 25]:
    s.add(n)
    print(s)
for n in [4, 17]:
    s.discard(n)
    print(s)
s.add(33)
print(s)

grow = set()
for i in range(0, 60, 6):
    grow.add(i)
print(grow)

print(frozenset({7, 15, 23, 31}))
print({x * x for x in range(-4, 5)})
print(set([64, 32, 16, 8, 4, 2, 1]))
print({1, 2, 3} | {9, 17}, {40, 8, 24} & {8, 24, 56, 40})
print({(1, 2), (0, 0)}, {1.5, 2.5, 0.25})
