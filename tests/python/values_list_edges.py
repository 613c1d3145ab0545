# list: every method with its edge cases and errors, slice assignment and deletion with
# steps, sort/sorted with key and reverse (stable), comparisons, self-referencing repr.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.extend(range(2)); l.extend('ab'); l.insert(0, 'x'); l.insert(-1, 'y'); l.insert(100, 'z'); l.insert(-100, 'w')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('x') if 'x' in l else None
l.remove('a')
print(l, l.index(2), l.index(5, 2), l.count(1), l.count('q'))
t(lambda: l.remove('nope'))
t(lambda: l.index('nope'))
t(lambda: l.index(3, 1, 2))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop('a'))
t(lambda: l.insert('a', 1))
t(lambda: l.append())
t(lambda: l.extend(5))
l2 = [5, 2, 8, 1]
l2.reverse(); print(l2)
l2.sort(); print(l2)
l2.sort(reverse=True); print(l2)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True))
words.sort(key=lambda w: (len(w), w)); print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
t(lambda: [1, 'a'].sort())
t(lambda: sorted([1, 2], key=1))
t(lambda: [1].sort(1))
t(lambda: [3, 1].sort(key=None, reverse=0) or 'ok')
c = l2.copy(); c.append(0); print(l2, c)
c.clear(); print(c)
print([1, 2] + [3], [1, 2] * 2, [[0]] * 2, 2 in [1, 2], [1, 2] == [1, 2], [1, 2] != [1, 3], [1, [2]] < [1, [3]], len([1, 2]))
print([1, 2, 3][1:], list(range(3)), list('ab'), list((1, 2)), list({'a': 1}), list(), repr([]), [None, 'a', 1.5, (1,)], str([[]]))
a = [1, 2]; a.append(a); print(a)
d = {}; d['self'] = d; print(d)
t(lambda: [1] + (1,))
t(lambda: [1] * 'a')
t(lambda: [1, 2][5])
key = 'a'
t(lambda: [1, 2][key])
m = [1, 2, 3]
m[0] = 9; m[-1] = 7; print(m)
def setx():
    m[5] = 1
t(setx)
print(list(reversed([1, 2, 3])), [1, 2, 3].__len__(), m.__getitem__(0))
e = [1, 2, 3, 4, 5, 6]
e[1:4] = []; print(e)
e[1:1] = [2, 3]; print(e)
e[-1:] = [7, 8, 9]; print(e)
e[::2] = [0] * len(e[::2]); print(e)
t(lambda: e.__setitem__(slice(None, None, 2), [1, 2]))
e[1::2] = (x for x in 'abc'); print(e)
f = [1, 2, 3]; f[:] = f; print(f)
f[1:2] = f; print(f)
del f[:]; print(f)
f = list(range(10)); del f[8:2:-2]; print(f)
f = list(range(10)); del f[::-1]; print(f)
# stability big
data = [(i % 7, i) for i in range(50)]
print(sorted(data, key=lambda x: x[0]) == sorted(data, key=lambda x: x[0]))
print([x[1] for x in sorted(data, key=lambda x: x[0], reverse=True)][:15])
print(sorted([3, 1, 2], key=lambda x: -x), sorted([], reverse=True), sorted('hello'), sorted({3: 1, 1: 2}), sorted((2, 1)))
nested = [[3, 'c'], [1, 'a'], [2, 'b']]
nested.sort(); print(nested)
print(max([1, 5, 3]), [1, 2, 3].index(3), [0] * 0, [1, 2, 3][-1:-4:-1])
# list comparisons with different types
t(lambda: [1] < ['a'])
print([1] == [1.0], [] < [1], [2] > [1, 5])
lst = [1, 2, 3]
it = iter(lst)
print(next(it)); lst.append(4); print(list(it))
x = [1, 2, 3]
print(x.__class__.__name__, isinstance(x, list), x * -1, x[::-1] is x, x[:] == x)
y = x
y += [4]
print(x)
print(list.__name__, [].__class__ is list, len([1] * 1000))
k = [5, 3, 1]
k.sort(key=None); print(k)
t(lambda: k.sort(lambda a: a))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted([1], foo=1))
print(sorted(iter([2, 1]), key=lambda v: v, reverse=False))
# assigning a non-iterable: the message depends on whether the slice is extended
for sl in [slice(1, 3), slice(1, 3, 1), slice(None, None, 2), slice(None, None, -1), slice(5, 1)]:
    try:
        tmp = [0, 1, 2, 3]
        tmp[sl] = 5
    except TypeError as e:
        print(sl, e)

# ties: min/max return the first extreme, sorts are stable with key and reverse
data = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e'), (1, 'f')]
print(max(data, key=lambda p: p[0]), min(data, key=lambda p: p[0]), max([1, 1.0, True]), min([True, 1, 1.0]), max(1.0, 1), min(0, False, 0.0))
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
l = data[:]; l.sort(key=lambda p: -p[0]); print(l)
l = data[:]; l.sort(key=lambda p: p[0], reverse=True); l.sort(key=lambda p: p[1] in 'ace'); print(l)
print(sorted([3, 1, 2], key=lambda v: 0), sorted([3, 1, 2], key=lambda v: 0, reverse=True), sorted(['b', 'A', 'a', 'B'], key=str.lower), sorted(['b', 'A', 'a', 'B'], key=str.lower, reverse=True))
print(sorted([0.0, -0.0, 0, False]), sorted([-0.0, 0.0]), sorted([float('inf'), 1, float('-inf'), 2**70]), max([-0.0, 0.0]), min([0.0, -0.0]))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True), max(words, key=len), min(words, key=len))
