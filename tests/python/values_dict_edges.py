# dict: insertion order through deletes and re-inserts, get/setdefault/pop/popitem/update
# (all argument forms), views (live, reversed, set operations), 1/1.0/True as one key,
# fromkeys, | and |=, mutation during iteration, and the errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {'b': 1, 'a': 2}
d['c'] = 3; d['b'] = 10
print(d, list(d), d.keys(), d.values(), d.items(), len(d), 'a' in d, 'z' not in d)
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 99), d.setdefault('e', 5), d.setdefault('f'), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
t(lambda: d.pop('zz'))
t(lambda: d['zz'])
t(lambda: {}.popitem())
t(lambda: d[[1]])
t(lambda: {[1]: 2})
t(lambda: d.get())
print(d.popitem(), d)
d.update({'x': 1}); d.update([('y', 2)]); d.update(z=3); d.update({'x': 0}, w=4); d.update()
print(d)
t(lambda: d.update(5))
t(lambda: d.update([1]))
t(lambda: d.update([(1, 2, 3)]))
k, v, i = d.keys(), d.values(), d.items()
d['new'] = 1
print(k, v, i, len(k), 'new' in k, 1 in v, ('new', 1) in i, ('new', 2) in i)
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(k & {'x', 'q'}, sorted(k | {'q'}), sorted(k - {'x'}), k ^ {'x', 'q'} == {'b', 'c', 'e', 'f', 'y', 'z', 'w', 'new', 'q'}, i & {('x', 0)}, k == {'b', 'c', 'e', 'f', 'x', 'y', 'z', 'w', 'new'})
print(k.isdisjoint({'zz'}), repr({}.keys()), repr({}.values()), repr({}.items()))
print({1: 'a', 1.0: 'b', True: 'c'}, {True: 1, 1: 2}, {1.0: 'x', 1: 'y'}, {0: 0, -0.0: 1, False: 2})
dd = {}
dd[1] = 'int'; dd[1.0] = 'float'; dd[True] = 'bool'
print(dd, dd[1.0], dd[True], 1.0 in dd, dd.get(True), type(list(dd)[0]).__name__)
dd[2.0] = 'two'; print(dd[2], dd)
print({(1, 2): 'tuple', frozenset([1]): 'fs', None: 'n', 3.5: 'f', -1: 'neg'})
dict1 = dict(a=1, b=2); dict2 = dict([('x', 1)]); dict3 = dict({'q': 1}, r=2); dict4 = dict(zip('ab', range(2))); dict5 = dict()
print(dict1, dict2, dict3, dict4, dict5, dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
t(lambda: dict([1, 2]))
t(lambda: dict(5))
t(lambda: dict([('a',)]))
print(d == dict(d), {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, d.copy() is d)
t(lambda: {} < {})
dc = {'x': [1]}; cp = dc.copy(); cp['x'].append(2); cp['y'] = 0; print(dc, cp)
dc.clear(); print(dc)
e = {'a': 1}
for key in e: print(key, e[key])
for key, val in e.items(): print(key, val)
def mut():
    for key in e:
        e['new' + key] = 1
t(mut)
print({**{'a': 1}, **{'a': 2, 'b': 3}}, {'a': 1} | {'a': 3, 'c': 4})
t(lambda: {'a': 1} | [1])
print({i: i * i for i in range(5) if i % 2}, str({'a': 'b'}), repr({'a': "it's"}), {1: {2: {3: []}}})
nest = {}
nest.setdefault('k', []).append(1); nest.setdefault('k', []).append(2); print(nest)
cnt = {}
for w in 'the cat the dog the end'.split():
    cnt[w] = cnt.get(w, 0) + 1
print(cnt, max(cnt, key=cnt.get), sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
o = {'a': 1, 'b': 2, 'c': 3}
del o['b']; o['b'] = 4; print(o, list(o.items()))
o.pop('a'); o['a'] = 0; print(o)
print(len({}), bool({}), bool({0: 0}), dict.__name__, type({}).__name__, isinstance({}, dict))
view = o.keys()
print(type(view).__name__, type(o.values()).__name__, type(o.items()).__name__)
it = iter(o.items()); print(next(it))
print(sorted(o.values()), sum(o.values()), max(o.items()))
t(lambda: o.keys()[0])
t(lambda: hash({}))
t(lambda: {}.fromkeys())
t(lambda: {}.pop())
t(lambda: {}.setdefault())
print({}.get(1, None), {'a': None}.get('a', 5), dict(a=1).items() == {('a', 1)})
