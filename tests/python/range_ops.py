# range objects: construction, length, indexing, slicing, membership, reversal, equality.

print(range(5), range(2, 8), range(0, 10, 3), range(5, 0, -1), range(0))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(10, -10, -7)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[-2:]))
print(7 in r, 8 in r, 31 in r, -1 in range(-5, 0), 2.0 in range(4), "x" in range(3))
print(r.index(11), r.count(7), r.count(8), r.start, r.stop, r.step)
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(0, 5) == range(0, 5), range(0) == range(5, 5), range(0, 3) == range(0, 4, 1),
      range(1, 10, 3) == range(1, 11, 3), range(2) == [0, 1])
print(range(10 ** 20)[-1], 10 ** 19 in range(0, 10 ** 20, 5))
print(bool(range(0)), bool(range(1)), list(range(-1, -10, -3)))

try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)

# ranges are lazy and re-iterable.
evens = range(0, 20, 2)
print(list(evens) == list(evens), [x for x in evens if x % 3 == 0])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))

# Common loop idioms.
word = "loop"
for i in range(len(word)):
    print(i, word[i], end=" ")
print()
for i in range(len(word) - 1, -1, -1):
    print(word[i], end="")
print()
print([i * j for i in range(1, 4) for j in range(i, 4)])
