# Dicts through histories of stores, pops, popitem, setdefault, update, deletes and |,
# with 1/1.0/True and other equal keys: order and values as CPython's.
def t(f):
    try:
        r = f()
        print(repr(r), d)
    except Exception as e:
        print(type(e).__name__ + ":", e, d)
d = {}
t(lambda: d.pop(1.0))
t(lambda: (list(reversed(d)), list(reversed(d.items()))[:2], 0.0 in d, 0.0 in d.keys(), (0.0, 94) in d.items()))
t(lambda: d.update({'a': 32, 3.5: 33}))
t(lambda: d.update([(1, 74)], x=74))
d = {}
t(lambda: d | {(1.0, 2): "u"})
t(lambda: d.setdefault(-1, 47))
d[2**64] = 64
t(lambda: d.pop(1))
t(lambda: d.pop('b', "dflt"))
t(lambda: d.setdefault(-1, 21))
d[2] = 29
d['b'] = 22
t(lambda: (d == dict(d.items()), d.copy() == d, len(d), sorted(map(repr, d.values()))))
t(lambda: (d == dict(d.items()), d.copy() == d, len(d), sorted(map(repr, d.values()))))
t(lambda: d.get(2**64))
t(lambda: d.pop((1, 2)))
t(lambda: (d == dict(d.items()), d.copy() == d, len(d), sorted(map(repr, d.values()))))
t(lambda: d.get((1.0, 2)))
t(lambda: d.popitem())
t(lambda: d.setdefault(float(2**64), 64))
d = {}
t(lambda: d.pop(2**64))
t(lambda: d.popitem())
t(lambda: (list(reversed(d)), list(reversed(d.items()))[:2], 2 in d, 2 in d.keys(), (2, 41) in d.items()))
d[0.0] = 78
t(lambda: d.pop(float(2**64)))
t(lambda: d.setdefault(-1, 71))
t(lambda: d.pop(3.5, "dflt"))
t(lambda: d.setdefault(-0.0, 62))
def f():
    del d[3.5]
t(f)
d['b'] = 92
d[-0.0] = 95
d[frozenset([1])] = 83
t(lambda: d.update([(frozenset([1]), 29)], x=29))
t(lambda: d.setdefault(True, 96))
d = {}
d = dict(d, **{"z26": 26}) if 26 % 2 else dict.fromkeys(d, 26)
t(lambda: d | {1: "u"})
t(lambda: d.pop(1))
t(lambda: d.update([(0.0, 31)], x=31))
t(lambda: (d == dict(d.items()), d.copy() == d, len(d), sorted(map(repr, d.values()))))
t(lambda: d.get(0))
d[0] = 47
d[0.0] = 94
t(lambda: d.update({0: 49, 2: 50}))
d[False] = 4
t(lambda: d.get(3.5))
d = {}
t(lambda: d.popitem())
t(lambda: d.setdefault('a', 57))
d[3.5] = 94
t(lambda: d.pop(2.0, "dflt"))
d[3.5] = 90
t(lambda: d.update([(2, 11)], x=11))
d = {}
t(lambda: d.pop(True, "dflt"))
t(lambda: d.update({False: 66, (1.0, 2): 67}))
t(lambda: d.pop(float(2**64)))
d['b'] = 33
d[None] = 83
t(lambda: d.update([(-2, 17)], x=17))
d[2.0] = 4
t(lambda: d.popitem())
d = dict(d, **{"z65": 65}) if 65 % 2 else dict.fromkeys(d, 65)
d[1] = 31
d[2**64] = 9
t(lambda: d.update({frozenset([1]): 29, 3.5: 30}))
t(lambda: d.update([((1, 2), 32)], x=32))
d = {}
d[-1] = 96
t(lambda: d.pop(1, "dflt"))
t(lambda: d.get(True))
d[2] = 13
d[0.0] = 96
t(lambda: d.setdefault(-0.0, 3))
t(lambda: d.pop(2**64))
t(lambda: d.update([((1.0, 2), 27)], x=27))
t(lambda: (list(reversed(d)), list(reversed(d.items()))[:2], -0.0 in d, -0.0 in d.keys(), (-0.0, 93) in d.items()))
d[None] = 65
t(lambda: d | {frozenset([1]): "u"})
d = {}
d = dict(d, **{"z23": 23}) if 23 % 2 else dict.fromkeys(d, 23)
d[float(2**64)] = 46
t(lambda: d.pop(True))
d[(1, 2)] = 39
d[None] = 12
t(lambda: d.update([(-0.0, 99)], x=99))
d[0] = 57
d[float(2**64)] = 59
d[frozenset([1])] = 78
t(lambda: d.pop('a'))
def f():
    del d[1.0]
t(f)
t(lambda: d.update({-0.0: 14, (1.0, 2): 15}))
def f():
    del d[2**64]
t(f)
d[(1.0, 2)] = 15
t(lambda: d.update({True: 10, 'b': 11}))
t(lambda: d.update([((1.0, 2), 27)], x=27))
t(lambda: d.update([(0, 79)], x=79))
t(lambda: d.get(1))
t(lambda: (d == dict(d.items()), d.copy() == d, len(d), sorted(map(repr, d.values()))))
d = {}
t(lambda: d.popitem())
t(lambda: (d == dict(d.items()), d.copy() == d, len(d), sorted(map(repr, d.values()))))
t(lambda: (list(reversed(d)), list(reversed(d.items()))[:2], None in d, None in d.keys(), (None, 62) in d.items()))
d['a'] = 50
d[float(2**64)] = 76
t(lambda: d.update([(None, 89)], x=89))
t(lambda: d.get(1.0))
d = {}
t(lambda: d.pop(True))
t(lambda: (list(reversed(d)), list(reversed(d.items()))[:2], -2 in d, -2 in d.keys(), (-2, 18) in d.items()))
d = dict(d, **{"z11": 11}) if 11 % 2 else dict.fromkeys(d, 11)
t(lambda: (d == dict(d.items()), d.copy() == d, len(d), sorted(map(repr, d.values()))))
t(lambda: d.get((1.0, 2)))
d['b'] = 56
d['a'] = 14
t(lambda: d.pop(None))
t(lambda: d.setdefault(2, 91))
t(lambda: d.popitem())
t(lambda: d | {2: "u"})
t(lambda: d.update({(1, 2): 97, False: 98}))
t(lambda: d.get(2**64))
t(lambda: d | {3.5: "u"})
t(lambda: d.setdefault(0.0, 50))
t(lambda: d.pop(float(2**64), "dflt"))
t(lambda: d.update([(None, 90)], x=90))
t(lambda: d.pop((1, 2)))
t(lambda: (list(reversed(d)), list(reversed(d.items()))[:2], 1.0 in d, 1.0 in d.keys(), (1.0, 97) in d.items()))
t(lambda: d.update({2: 68, (1.0, 2): 69}))
d = dict(d, **{"z81": 81}) if 81 % 2 else dict.fromkeys(d, 81)
d = {}
t(lambda: d.get(2**64))
d[2**64] = 83
t(lambda: d.pop(True, "dflt"))
t(lambda: d.setdefault(-0.0, 93))
t(lambda: d | {(1.0, 2): "u"})
t(lambda: (list(reversed(d)), list(reversed(d.items()))[:2], True in d, True in d.keys(), (True, 49) in d.items()))
t(lambda: d.get(-0.0))
d[frozenset([1])] = 74
d[3.5] = 17
d[None] = 61
t(lambda: d.popitem())
d[-0.0] = 97
t(lambda: d.setdefault(0, 62))
d = {}
t(lambda: d.update({1.0: 96, 'b': 97}))
t(lambda: d | {2**64: "u"})
t(lambda: (d == dict(d.items()), d.copy() == d, len(d), sorted(map(repr, d.values()))))
t(lambda: d.pop(3.5))
t(lambda: d.update([((1.0, 2), 32)], x=32))
d[False] = 6
t(lambda: d.update([((1.0, 2), 59)], x=59))
d[False] = 1
t(lambda: d.pop(2**64))
t(lambda: d.setdefault(-2, 48))
t(lambda: d.pop(-0.0))
t(lambda: d.update([(False, 61)], x=61))
d['a'] = 9
t(lambda: d.pop('b'))
t(lambda: d.update([('a', 83)], x=83))
t(lambda: d.setdefault(-1, 11))
t(lambda: d.update({-0.0: 50, False: 51}))
d[-1] = 80
d = dict(d, **{"z29": 29}) if 29 % 2 else dict.fromkeys(d, 29)
t(lambda: d.setdefault(-2, 29))
d[1] = 14
d[(1.0, 2)] = 46
t(lambda: d.pop((1, 2)))
t(lambda: d.popitem())
