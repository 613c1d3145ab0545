# set and frozenset: methods, operators and comparisons, mixed set/frozenset result types,
# frozenset hashing (equal sets hash alike, usable as keys and elements), iteration order
# of int sets as CPython's, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.discard(3); s.remove(2)
print(s, len(s), 1 in s, 3 not in s)
t(lambda: s.remove(99))
t(lambda: set().pop())
t(lambda: s.add([1]))
t(lambda: {[1]})
t(lambda: [1] in s)
print(s.pop(), s)
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference(b), a.union(), a.intersection())
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]), a == {4, 3, 2, 1}, a != b)
c = set(a); c.update([7, 8], {9}); print(c)
c.intersection_update({7, 8, 1}); print(c)
c.difference_update([8]); print(c)
c.symmetric_difference_update({1, 100}); print(c)
c.clear(); print(c, set(), repr(set()), frozenset(), repr(frozenset()), frozenset([3, 1]))
t(lambda: a | [1])
t(lambda: a < [1])
t(lambda: a + b)
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, type(fs & {1}).__name__, fs == {1, 2, 3}, {1, 2, 3} == fs, fs.union([5]))
print(hash(fs) == hash(frozenset([3, 2, 1])), hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2), 3.5])))
dfs = {fs: 'x', frozenset(): 'empty'}
print(dfs[frozenset({1, 2, 3})], dfs[frozenset()], {fs, frozenset([1, 2, 3])}, frozenset([fs]))
t(lambda: hash({1}))
t(lambda: {{1}})
t(lambda: fs.add(1))
print({1, 2} in {fs} if False else frozenset([1, 2]) in {frozenset([1, 2])}, {1, 2} == frozenset([1, 2]))
print(set('hello') == {'h', 'e', 'l', 'o'}, sorted(set('hello')), set([1, 1, 2]), set(range(5)), set({'a': 1}) == {'a'}, set((1, 2)))
print({x * 2 for x in range(5)}, {-1, -2, 5, 100, 33}, {1.5, 2.5, 0.5}, {(1, 2), (0, 1)}, {None} == {None})
print({1, 2, 3}.copy(), len(frozenset('aab')), sorted({'b', 'a'}), max({1, 5, 3}), sum({1, 2}))
for x in sorted({3, 1, 2}): print(x, end=' ')
print()
s2 = set(range(20)); s2 -= set(range(0, 20, 2)); print(s2)
s3 = {100, 7, 32, 9, 1000}; print(s3, list(s3))
s4 = set(); 
for i in range(30): s4.add(i * 37 % 101)
print(s4)
t(lambda: set(1))
t(lambda: frozenset(1, 2))
t(lambda: set().remove([]))
print(set.__name__, frozenset.__name__, isinstance(fs, frozenset), isinstance(set(), frozenset))
print({1, 2}.issubset({1, 2}), {1}.__contains__(1), {1, 2, 3} - {2} | {9})
print({True, 1, 1.0}, {0, False, 0.0, -0.0}, {2, 2.0})

# Methods given another iterable walk it (setobject.c): intersection keeps the iterable's
# keys (1, not True), difference discards from a copy; both decide the iteration order.
s = set(range(3)) | {True}
print(s)
s = {True, 5}
s &= set(range(10)) | {True}
print(s)
s = {True, 5}
print(s & set(range(10)), set(range(10)) & s, s.intersection(range(10)), s.intersection([1, 5]))
s = {True, 5}
s &= set(range(10))
print(s)
s = {True, 5}; s.intersection_update(range(10)); print(s)
s = {1, 5}; s &= {True}; print(s)
s = {1, 5, 7, 8}; s &= {True, 2.0, 8.0}; print(s)
print({1, 2} & {True}, {True} & {1, 2}, {1.0} | {1}, {1} | {1.0}, {1} ^ {True, 2}, {1, 2} - {True}, {True, 2} - {1})
print(set().union([17, 9, 1]), set().union([1, 9, 17]), {1}.union([9, 17, 25]), {5}.union((33, 1, 9)))
print({1, 9, 17, 25, 33}.intersection([33, 25, 17]), {1, 9, 17, 25, 33}.intersection([17, 33, 25]), {True, 5}.intersection(range(10)))
print({1, 9, 17, 25, 33, 41}.difference([9, 25]), {1, 9, 17, 25, 33, 41}.difference([1]), {8, 16, 24}.symmetric_difference([32, 40, 8]))
s = {1, 9, 17, 25, 33}; s.intersection_update([33, 9]); print(s)
s = {True, 5}; s.intersection_update([1, 5]); print(s)
print(frozenset([1, 9]).union([17, 25]), frozenset({1, 9, 17}).intersection([17, 9]))
print({1, 2, 3}.intersection([3, 2], (2,)), {True}.intersection([1.0]), {1.0}.union([True, 1]))

# discard/remove/in with an unhashable set look for the frozenset of its elements
s = {frozenset({1}), 2}
print({1} in s, {1} not in s)
s.discard({1}); print(s)
s.add(frozenset({1})); s.remove({1}); print(s)
try:
    {2}.remove({1})
except KeyError as e: print("KeyError", e)
