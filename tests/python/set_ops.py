# set and frozenset: construction, methods, operators, comparisons, hashing.

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a <= b, {3, 4} <= b, {3, 4} < b, b >= {5}, b > b, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))

s = set()
s.add(5)
s.add(5)
s.update([1, 2], (3,), range(7, 9))
print(s, len(s))
s.discard(100)
s.discard(1)
s.remove(2)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
c = s.copy()
c.clear()
print(c, s)

t = {10, 20, 30}
t |= {40}
t &= {10, 20, 40, 50}
t -= {20}
t ^= {10, 99}
print(t)
t.intersection_update({40, 99, 1})
t.difference_update({99})
t.symmetric_difference_update({1, 2})
print(t)

p = {3, 1, 2}
popped = []
while p:
    popped.append(p.pop())
print(sorted(popped))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)

# frozenset is immutable and hashable.
f = frozenset([3, 1, 3, 2])
print(f, len(f), 2 in f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__)
print(frozenset(), frozenset("aa"), f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
groups = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(groups[frozenset([2, 1])], groups[frozenset()])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {frozenset(): 1, {1}: 2}
except TypeError as e:
    print("TypeError:", e)

# Equal numbers are one element.
print({1, 1.0, True}, {0, 0.0, False, -0.0}, len({1, 1.0, True, 2}))

# Sets of tuples and strings (printed sorted: string hashes are randomised per run).
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words)
visited = {(0, 0), (0, 1), (1, 1)}
print(sorted(visited), (1, 1) in visited)

# Deduplicating while keeping order.
seen = set()
unique = []
for x in [3, 1, 3, 2, 1, 5, 2]:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)

# set() of various iterables and set comprehensions.
print(set("hello") == {"h", "e", "l", "o"}, set(range(5)), set({"k": 1}) == {"k"})
print({x % 4 for x in range(20)}, {n for n in range(10) if n % 3 == 0})
