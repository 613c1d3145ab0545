# del and item assignment on objects that do not support them: CPython's two wordings
# (sequence-like objects with an index key, and the rest).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def d1():
    x = (1, 2); del x[0]
def d2():
    s = 'ab'; del s[0]
def d3():
    r = range(3); del r[0]
def d4():
    d = {}; del d[[1]]
def d5():
    f = frozenset(); del f[0]
def d6():
    l = [1]; del l[0:1:0]
def d7():
    l = [1]; del l['a':]
def d8():
    o = object(); del o.x
def d9():
    del len
def d10():
    l = [1, 2]; del l[5]
def d11():
    t = (1,); t[0] = 5
def d12():
    s = 'ab'; s[0:1] = 'x'
def d13():
    r = range(2); r[0] = 1
def d14():
    x = 5; x[0] = 1
def d15():
    x = 5; x.y = 1
def d16():
    x = None; del x.y
def d17():
    {}.keys()[0] = 1
def d18():
    x = 5; del x[0]
for f in [d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15, d16, d17, d18]:
    t(f)

for o in [5, None, 1.5, object(), len, (1,), 'a', range(2), frozenset(), {1}]:
    for k in [0, 'a']:
        try:
            del o[k]
        except TypeError as e: print(type(o).__name__, repr(k), e)
        try:
            o[k] = 1
        except TypeError as e: print(type(o).__name__, repr(k), e)

class Plain:
    pass
class WithItems:
    def __getitem__(self, k): return k
for o in [Plain(), WithItems()]:
    for k in [0, 'a', True]:
        try:
            del o[k]
        except TypeError as e:
            print(type(o).__name__, repr(k), e)
