# Tuples: construction, single-element syntax, immutability, comparison, hashing, methods.

empty = ()
single = (1,)
not_a_tuple = (1)
packed = 1, 2, 3
print(empty, single, not_a_tuple, packed, type(single).__name__, type(not_a_tuple).__name__)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"x": 1}))
print(len(packed), packed[0], packed[-1], packed[1:], packed[::-1], 2 in packed)
print(packed + (4,), packed * 2, (0,) * 3, () + ())
print(packed.count(2), (1, 1, 2, 1).count(1), packed.index(3))
try:
    packed.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    packed[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del packed[0]
except TypeError as e:
    print("TypeError:", e)

# A tuple's items can be mutable.
holder = ([1], [2])
holder[0].append(10)
print(holder)
try:
    holder[1] += [3]
except TypeError as e:
    print("TypeError:", e, holder)

# Lexicographic comparison.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1.0, True) == (1, 1))
print(max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1)]))

# Tuples are hashable when their items are.
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)], grid[1, 2], (0, 0) in grid)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print(hash((1, 2, 3)), hash(()), hash((-1,)), hash(((1, 2), (3, 4))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)

# Returning several values, swapping, nested unpacking.
def min_max(values):
    return min(values), max(values)

lo, hi = min_max([4, 8, 1, 9])
print(lo, hi, min_max("hello"))
point = (3, (4, 5))
x, (y, z) = point
print(x + y + z)

# repr of nested and special tuples.
print(((),), ((1,),), (None, True, 1.5, "s", [1]), (-0.0,), ("a",) * 2)

# Named-record style with tuples.
people = [("Ada", 1815), ("Alan", 1912), ("Grace", 1906)]
for name, year in sorted(people, key=lambda p: p[1]):
    print(f"{name:>6} {year}")
print(list(zip(*people)))
