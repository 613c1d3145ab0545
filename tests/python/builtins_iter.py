# enumerate, zip, map, filter, reversed, iter and next.

names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate("ab", start=-1)))
for i, name in enumerate(names, start=100):
    print(i, name)

print(list(zip(names, [1, 2, 3])), list(zip("abcd", range(2))), list(zip()), list(zip([1])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), dict(zip(names, map(len, names))))
print(list(zip(range(3), "xyz", [True, False, None])))

print(list(map(str.upper, names)), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2, -3])))
print(list(map(int, "1 2 3".split())), sum(map(len, names)), list(map(pow, [2, 3], [3, 2])))

print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda n: n % 2, range(10))))

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(1, 10, 4))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)

# iter/next and exhaustion.
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)

# map, filter, zip and enumerate are lazy, one-shot iterators.
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", "cd")
print(iter(z) is z, list(z), list(z))
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
f = filter(None, [1, 0, 2])
print(list(f), list(f))

# iter() of an iterator returns the same object.
lst = [1, 2, 3]
i1 = iter(lst)
i2 = iter(i1)
print(i1 is i2, next(i1), next(i2), list(i1))

# The two-argument form of iter: call until the sentinel appears.
values = [5, 4, 0, 3]
def pop_front():
    return values.pop(0)
print(list(iter(pop_front, 0)), values)

# Pairwise and chunking helpers built from zip and iter.
data = list(range(1, 8))
print(list(zip(data, data[1:])))
chunks = iter(data)
print(list(zip(chunks, chunks)))
print([data[i:i + 3] for i in range(0, len(data), 3)])

# Lists mutated during iteration: the iterator sees the changes.
growing = [1, 2]
for x in growing:
    if x < 4:
        growing.append(x + 2)
print(growing)
