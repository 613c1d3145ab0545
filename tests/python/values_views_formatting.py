# dict views against any iterable and against sets, string sets printed sorted; list and
# str methods at their boundaries; % formatting and str.format specs with their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys(); v = d.values(); it = d.items()
print(len(k), len(v), len(it), list(k), list(v), list(it), k == {'a', 'b', 'c'}, k != {'a'}, v == v, it == {('a', 1), ('b', 2), ('c', 3)})
print(sorted(k | ['z']), k & ['a', 'q'], sorted(k - {'a'}), sorted(k ^ {'a', 'z'}), it | {('q', 0)} == {('a', 1), ('b', 2), ('c', 3), ('q', 0)}, sorted(it - {('a', 1)}), k <= {'a', 'b', 'c', 'd'}, k < k, k >= {'a'}, 'a' in k, ('a', 1) in it, ('a', 2) in it, 2 in v, 9 in v)
print(k.isdisjoint(['x']), it.isdisjoint([('a', 1)]), list(reversed(it)), repr(k), repr(v), repr(it), str(k))
del d['b']
print(k, v, it)
t(lambda: [x for x in d.keys() if d.pop(x)])
d2 = {'a': 1}
def viewmut():
    for key in d2.keys():
        d2['b'] = 2
t(viewmut)
def viewmut2():
    for key in d2.values():
        del d2['a']
t(viewmut2)
t(lambda: v | {1})
t(lambda: k[0])
t(lambda: hash(k))
t(lambda: {('unhash', [1])} if False else it & [[1]])
print(dict(it), dict(zip(k, v)), set(k), sorted(v), max(it), tuple(k))
e = {}
print(e.keys(), e.values(), e.items(), e.keys() == set(), list(e.items()))
dd = dict.fromkeys(range(5), [])
dd[0].append(1); print(dd)
print({k: v for k, v in sorted({'b': 1, 'a': 2}.items())}, dict(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1])))
ins = {}
for ch in 'hello world':
    ins[ch] = ins.get(ch, 0) + 1
print(ins, list(ins)[:3], next(iter(ins)), next(reversed(ins)))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2): del big[i]
print(len(big), list(big)[:5], sum(big.values()), big.get(999), big.popitem(), len(big))
u = {1: 'a'}
u.update({1.0: 'b', True: 'c', 2: 'd'}); print(u)
print({0.5: 'h', 1: 'o'}.get(True), {2**64: 1}.get(2.0**64), {-1: 1}[-1.0], hash(-1) == hash(-1.0), {(1, 2.0): 'x'}[(1.0, 2)])
# sets more
fs = frozenset([frozenset([1]), frozenset()])
print(fs, frozenset([1]) in fs, hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset({1}): 1}[frozenset([1])])
s = {1, 2, 3}
t(lambda: [s.add(x) for x in s])
print(s.union(range(5), 'ab') == {0, 1, 2, 3, 4, 'a', 'b'}, s.issubset([1, 2, 3]), s.issuperset(range(1, 3)), set() < s, s.intersection([3, 4], (3,)), s - set(), s & s)
print({-5, 5, 0, 13, 26, -13}, {3.5, -0.0, 1e9}, {(1, 'a') if False else (1, 2), (3, 4)}, set([10, 20, 30, 40, 50, 60, 70, 80, 90]))
print(sorted({'b', 'c', 'a'}), sorted(frozenset('zyx')), len({'a', 'a'}), set('') == set(), {*'ab'} == {'a', 'b'})
# list methods edge
L = [1, 2, 3, 2, 1]
print(L.index(2, -2), L.index(1, 1), L.index(2, 0, 2), L.count(2), L.index(3, -100, 100))
t(lambda: L.index(1, 1, 4))
def keyerr(v):
    if v == 3: raise ValueError('bad key')
    return v
t(lambda: sorted([1, 3, 2], key=keyerr))
M = [3, 1, 2]
def mutating(v):
    M.append(v)
    return v
t(lambda: M.sort(key=mutating))
print(M)
t(lambda: M.sort(key=lambda v: 'a' if v == 1 else 0))
print(M)
L2 = [5, 3, 9]
L2.sort(key=lambda v: -v, reverse=True); print(L2)
L3 = ['b', 'a']; L3.sort(key=None, reverse=False); print(L3)
L4 = [1]; L4.extend(L4); print(L4)
L5 = [1, 2, 3]; L5.insert(1.0 if False else 1, 'i'); L5.remove(2); print(L5, L5.pop(-1), L5)
print([1, 2] * 0, [] * 5, [[]] * 3, list(reversed([])), [3, 1, 2].__len__())
# str edge
print('a b c'.split(maxsplit=0), 'a b c'.split(None, -1), ' a b '.rsplit(None, 1), 'a,b,c'.rsplit(',', 0), 'abc'.split('b', maxsplit=5), '\u2003a\u00a0b'.split(), 'x\x1cy'.split(), 'a\r\nb'.split())
print('Hello'.find('l', -1), 'Hello'.rfind('l', -5, -2), 'ab'.count('', -1), 'aaa'.replace('a', 'bb', 1), '%s' % 'x'.center(3, '|'), 'abc'.startswith(('b', 'a'), 0, 1), 'abc'.endswith('', 3), 'abc'.endswith('', 4))
print('  Ab Cd  '.strip().title(), 'ABC DEF'.title(), 'o\'neil mc-donald 3rd'.title(), 'ǆ'.upper(), 'ß'.title(), 'ﬁ'.upper(), 'ΣΑΣ'.lower(), 'İ'.lower().__len__())
print('%-10s|%10.3s|%+.2e|%#o|%#X|%5c|%-+6d|' % ('left', 'truncate', 12345.678, 8, 255, 'c', 7), '%(x)s-%(x)r' % {'x': 'k'}, '%%%s%%' % 5, '%.0f %.0f %.0f' % (0.5, 1.5, 2.5))
print('%s %s' % (None, True), '%d%%' % 50, '%3d|%-3d|%03d' % (5, 5, 5), '%x %o' % (-255, -8), '%e' % 0, '%g %g %g' % (100000, 1000000, 1e-5), '%r' % (1, 2) if False else '%r' % ((1, 2),))
t(lambda: '%(a)s %s' % {'a': 1})
t(lambda: '%' % ())
t(lambda: '%c' % 'ab')
t(lambda: '%c' % -1)
t(lambda: '%x' % 1.5)
t(lambda: '%.2f' % 'a')
t(lambda: '%s' % {'a': 1} + '%(a)s' % [1])
print('{:>{w}}|{:<{w}}|'.format('a', 'b', w=4), '{0!s:>4}{0!r:>5}'.format('s'), '{:*^9,}'.format(1234567), '{:+.3%}'.format(-0.12345), '{:=^7}'.format('x'), '{:08.3f}'.format(-3.14159), '{:x<4d}'.format(5))
t(lambda: '{:>{w}}'.format('a'))
t(lambda: '{0[a]}'.format({'b': 1}))
t(lambda: '{0.nope}'.format(1))
t(lambda: '{}}'.format(1))
t(lambda: '{!x}'.format(1))
t(lambda: '{0[0]}'.format([]))
