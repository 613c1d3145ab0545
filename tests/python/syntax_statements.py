# Statements and assignment targets: attributes, subscripts, slices (with steps, assigned
# and deleted), nested and starred unpacking, augmented assignment on every target kind,
# if/elif/else, while/for with else, break/continue through finally, del, assert, global,
# nonlocal, decorators on functions and classes, with (several managers, suppression),
# import forms.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class O: pass
o = O()
o.a = 1
o.b = [1, 2, 3]
o.a, o.c = 5, 6
print(o.a, o.c)
d = {}
d['x'] = d['y'] = 3
print(d)
l = list(range(10))
l[2:5] = 'ab'
print(l)
l[::2] = range(5)
print(l)
l[1:1] = [99, 98]
print(l)
l[:] = []
print(l)
l = list(range(10))
l[::-3] = 'abcd'
print(l)
l[-2:] = ()
print(l)
l[5:2] = [7]
print(l)
def seta(i, v):
    l[i] = v
    return l
t(lambda: seta(slice(None, None, 2), [1]))
t(lambda: seta(slice(None, None, 0), [1]))
t(lambda: seta(slice(0, 2), 5))
t(lambda: seta(100, 5))
l = list(range(10))
del l[::3]
print(l)
del l[-1:0:-2]
print(l)
del l[1:3]
print(l)
del l[0]
print(l)
del l[100:200]
print(l)
def dela(i):
    del l[i]
    return l
t(lambda: dela(100))
t(lambda: dela('a'))
# unpacking
a, b = 1, 2
a, b = b, a
print(a, b)
(a, b), c = [1, 2], 3
print(a, b, c)
a, *b = 'hello'
print(a, b)
*a, b = range(5)
print(a, b)
a, *b, c = [1, 2]
print(a, b, c)
[a, [b, *c]], d = (1, (2, 3, 4)), 5
print(a, b, c, d)
o.x, d2 = 1, {}
l = [0]
d2['k'], l[0] = 'v', 'z'
print(o.x, d2, l)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for *p, q in [(1, 2, 3)]:
    print(p, q)
def unp(v, n):
    if n == 2:
        a, b = v
        return a, b
    a, *b, c = v
    return a, b, c
t(lambda: unp([1, 2, 3], 2))
t(lambda: unp([1], 2))
t(lambda: unp(5, 2))
t(lambda: unp([1], 3))
t(lambda: unp(iter([1, 2, 3]), 2))
x = y = z = [0]
print(x is z)
l = [1, 2, 3]
i = 0
i, l[i] = 1, 9
print(i, l)
# augmented
n = 5
n += 2; n -= 1; n *= 3; n //= 4; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 5; n &= 14; n ^= 3
print(n)
f = 1.5
f /= 2; f += 1; f **= 2
print(f)
ls = [1]
alias = ls
ls += [2]
ls *= 2
print(alias, alias is ls)
tp = (1,)
tp2 = tp
tp += (2,)
print(tp, tp2)
st = 'a'
st += 'b'; st *= 3
print(st)
o.a += 10
print(o.a)
d = {'k': 1}
d['k'] += 5
print(d)
l = [1, 2]
l[-1] *= 10
print(l)
s = {1, 2}
s |= {3}; s &= {1, 3, 4}; s -= {4}; s ^= {5}
print(s)
dd = {'a': 1}
dd |= {'b': 2}
print(dd)
def aug_err():
    q = 'a'
    q -= 1
t(aug_err)
def aug_err2():
    ls = [1]
    ls += 1
t(aug_err2)
ls = [1]
ls += (2, 3)
ls += 'ab'
print(ls)
# if/elif/else
for v in [0, 1, 2, 3]:
    if v == 0: print('zero')
    elif v == 1: print('one')
    elif v == 2:
        print('two')
    else:
        print('other')
# while/else, for/else, break/continue
i = 0
while i < 5:
    i += 1
    if i == 2: continue
    if i == 4: break
    print('w', i)
else:
    print('no')
while i < 6:
    i += 1
else:
    print('while else', i)
for i in range(3):
    pass
else:
    print('for else', i)
for i in range(3):
    if i == 1: break
else:
    print('not printed')
for i in []:
    pass
else:
    print('empty for else')
for i in range(3):
    try:
        if i == 1: continue
        if i == 2: break
    finally:
        print('fin', i)
# nested loops with break in inner
for i in range(3):
    for j in range(3):
        if j == i: break
    else:
        print('never')
    print(i, j)
# del
a = 1
del a
t(lambda: a)
o.z = 1
del o.z
t(lambda: o.z)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
def delk():
    del d['zz']
t(delk)
a, b = 1, 2
del a, b
def dd():
    x = 1
    del x
    return x
t(dd)
l = [1, 2, 3]
del (l[0], l[0])
print(l)
# pass / assert
pass
assert True
assert 1, 'msg'
try:
    assert 1 == 2, 'bad %d' % 3
except AssertionError as e:
    print('AE', e, e.args)
try:
    assert []
except AssertionError as e:
    print('AE2', repr(e), e.args)
# global/nonlocal
G = 1
def gg():
    global G
    G += 1
    def inner():
        nonlocal_var = 1
        def inn():
            nonlocal nonlocal_var
            nonlocal_var += 1
            return nonlocal_var
        return inn() + inn()
    return inner()
print(gg(), G)
def unb():
    print(U)
    U = 1
t(unb)
t(lambda: undefined_name)
# return forms
def r0(): return
def r1(): return 1, 2
def r2(): return (yield)
print(r0(), r1())
# decorators
def deco(tag):
    def w(f):
        def inner(*a, **k):
            return tag + str(f(*a, **k))
        return inner
    return w
@deco('A')
@deco('B')
def dec(x): return x * 2
print(dec(3))
@deco('C')
class K:
    pass
print(K()[:1])
def cdeco(cls):
    cls.tag = 'tagged'
    return cls
@cdeco
class K2(O): pass
print(K2.tag, K2.__bases__[0].__name__)
# with
class CM:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    def __enter__(self): print('enter', self.name); return self.name
    def __exit__(self, t, v, tb): print('exit', self.name, t.__name__ if t else None, v); return self.swallow
with CM('a') as x, CM('b') as y:
    print(x, y)
with CM('c', True):
    raise ValueError('v')
try:
    with CM('d'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
with CM('e'):
    pass
for i in range(2):
    with CM('f%d' % i):
        if i == 0: continue
        break
def wret():
    with CM('g') as g:
        return g
print(wret())
# import forms
import math
import math as m2
from math import sqrt, pi as PI
import sys, math as m3
print(m2.sqrt(4), sqrt(9), PI == math.pi, m3 is math)
