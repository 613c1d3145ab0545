# Assignment targets in every binding position (for, with, augmented, del, nested and
# starred), evaluation order and single evaluation of target subexpressions.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class O: pass
o = O()
d = {}
l = [0, 0, 0]
for o.x in range(3): pass
print(o.x)
for d['k'], l[0] in [(1, 2), (3, 4)]: pass
print(d, l)
for l[1:2] in [[7, 8]]: pass
print(l)
for (a, *b), c in [((1, 2, 3), 4)]: print(a, b, c)
for x, in [(1,), (2,)]: print(x)
class CM:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): return False
with CM() as (p, [q, r]): print(p, q, r)
with CM() as o.y: print(o.y)
with CM() as d['cm']: print(d)
with CM() as l[0]: print(l)
with CM() as (o.z, *rest): print(o.z, rest)
# evaluation order and single evaluation in augmented assignment
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [[0, 0], [0, 0]]
arr[idx(0)][idx(1)] += 5
print(arr, calls)
class Box:
    def __init__(self): self.items = {'n': 1}
    @property
    def p(self):
        calls.append('get p')
        return self.items
bx = Box()
calls.clear()
bx.p['n'] += 1
print(bx.items, calls)
class Counter:
    def __init__(self): self.n = 0
    def __getattr__(self, name):
        calls.append('getattr ' + name)
        return 0
c = Counter()
calls.clear()
c.missing += 3
print(c.missing if False else c.__dict__ if hasattr(c, '__dict__') else 'x', calls)
# augmented assignment with __iadd__ returning a different object on an attribute
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return Acc(self.v + o)
    def __repr__(self): return 'Acc(%d)' % self.v
holder = O(); holder.a = Acc(1)
holder.a += 5
print(holder.a)
tu = ([1],)
def tuple_iadd():
    tu[0] += [2]
t(tuple_iadd)
print(tu)
# assignment order: targets left to right, value first
order = []
class Rec(dict):
    def __setitem__(self, k, v):
        order.append(k)
        super().__setitem__(k, v)
rd = Rec()
rd['a'] = rd['b'] = (order.append('value') or 1)
print(order)
rd['x'], rd['y'] = 1, 2
print(order)
# swaps through subscripts and attributes
sw = [1, 2, 3]
sw[0], sw[2] = sw[2], sw[0]
print(sw)
o.a, o.b = 1, 2
o.a, o.b = o.b, o.a
print(o.a, o.b)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
# starred target must be list
first, *mid, last = 'ab'
print(first, mid, last)
*al, = ()
print(al)
# deletion targets
dl = [1, 2, 3, 4, 5]
del dl[1], dl[-1]
print(dl)
do = O(); do.q = 1; do.r = 2
del do.q, do.r
print(hasattr(do, 'q'), hasattr(do, 'r'))
dd = {'a': {'b': 1}}
del dd['a']['b']
print(dd)
g1 = g2 = 1
del g1, g2
t(lambda: g1)
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(del_local())
def del_unbound():
    del w
    w = 1
t(del_unbound)
def del_global():
    global gv
    gv = 5
    del gv
    return 'gv' in globals() if False else 'deleted'
print(del_global())
t(lambda: gv)
[ab, cd] = [1, 2]
(ef) = 3
[(gh, ij)] = [(4, 5)]
print(ab, cd, ef, gh, ij)

# chained and tuple targets are assigned left to right, after the value
a = [0, 0, 0, 0, 0, 0]
i = 1
a[i] = i = 5
print(a, i)
i = 1
i = a[i] = 3
print(a, i)
x, x = 1, 2
print(x)
b = [0, 0]
j = 0
j, b[j] = 1, 7
print(j, b)
d = {}
k = 'a'
d[k], k = 1, 'b'
print(d, k)
l = [1, 2, 3]
l[0], l[1], l[2] = l[2], l[0], l[1]
print(l)
c = [[0] * 2] * 2
c[0][0] = 9
print(c)
s = t = [1]
s += [2]
print(t)
n = m = 1
n += 1
print(m, n)
q = [1, 2]
q[len(q) - 1:] = [q[0]]
print(q)
