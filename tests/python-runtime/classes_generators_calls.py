import sys
class Node:
    __slots__ = ()
class Tree:
    def __init__(self, v, l=None, r=None):
        self.v, self.l, self.r = v, l, r
    def __iter__(self):
        if self.l: yield from self.l
        yield self.v
        if self.r: yield from self.r
    def insert(self, v):
        if v < self.v:
            if self.l: self.l.insert(v)
            else: self.l = Tree(v)
        else:
            if self.r: self.r.insert(v)
            else: self.r = Tree(v)
t = Tree(5)
for v in [3, 8, 1, 4, 9, 7]:
    t.insert(v)
print(list(t), sum(t), max(t))
def gen():
    x = yield 1
    while True:
        x = yield x * 2
g = gen()
print(next(g), g.send(5), g.send(7))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
def counter():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = counter()
print(next(c))
c.close()
def ret():
    yield 1
    return "done"
def deleg():
    r = yield from ret()
    print("got", r)
print(list(deleg()))
class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with Ctx() as cx:
    raise KeyError("k")
print("after")
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @staticmethod
    def s(): return "static"
    @classmethod
    def k(cls): return cls.__name__
tp = Temp(); tp.c = 20
print(tp.c, Temp.s(), Temp.k(), tp.k())
try:
    tp.c = -300
except ValueError as e:
    print(e)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
def deco(f):
    def w(*a, **k):
        print("call", f.__name__, a, k)
        return f(*a, **k)
    return w
@deco
def add(a, b=2, *, c=3):
    return a + b + c
print(add(1), add(1, 5, c=10))
try:
    add()
except TypeError as e:
    print(e)
def kw(a, /, b, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kw(1, 2, 3, c=5, z=6))
for bad in [lambda: kw(a=1, b=2, c=3), lambda: kw(1, 2), lambda: kw(1, 2, c=3, b=4)]:
    try: bad()
    except TypeError as e: print(e)
assert 1 + 1 == 2, "math"
try:
    assert 1 > 2, "nope"
except AssertionError as e:
    print("assert", e)
print(sys.getrecursionlimit())
x = [1, 2, 3]
del x[0]
x[1:] = [9, 9, 9]
del x[::2]
print(x)
i = 0
while True:
    i += 1
    if i > 5: break
else:
    print("no")
for j in range(3):
    pass
else:
    print("for-else", j)
print(*[1, 2], sep=", ", end="!\n")
print("%s %r %d" % ("a", "b", 3), "{0}{1}{0}".format("x", "y"), "{:>{w}}".format("r", w=4))
