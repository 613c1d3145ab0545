import sys
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        w.__name__ = f.__name__
        return w
    return deco
@repeat(2)
def sq(x): return x * x
print(sq(3), sq.__name__)
def register(cls):
    cls.registered = True
    return cls
@register
class K:
    class Inner:
        val = 5
    def m(self, f=lambda v: v + 1): return f(1)
print(K.registered, K.Inner.val, K().m(), K.Inner.__qualname__)
calls = []
def idx(i):
    calls.append(i)
    return i
a = {"k": 1}
a[idx("k")] += 5
lst = [1, 2, 3]
lst[idx(0)] *= 10
class O: pass
o = O(); o.v = 1
o.v += 2
print(a, lst, o.v, calls)
p = q = []
p.append(1)
print(q, p is q)
x, y = 1, 2
x, y = y, x
(m, n), [r, *s] = (1, 2), [3, 4, 5]
print(x, y, m, n, r, s)
for i, (u, v) in enumerate([(1, 2), (3, 4)]):
    print(i, u, v)
del lst[0], a["k"]
del o.v
print(lst, a, hasattr(o, "v"))
try:
    {}["missing"]
except (KeyError, IndexError) as e:
    print("caught", repr(e))
try:
    try:
        int("x")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
try:
    1 / 0
except:
    print("bare except", sys.exc_info()[0].__name__ if hasattr(sys, "exc_info") else "ZeroDivisionError")
try:
    assert False
except AssertionError as e:
    print("assert", repr(e))
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
def nothing(): return
print(nothing(), (lambda: None)())
if True:
    import math as m2
print(m2.sqrt(4))
print("to stderr", file=sys.stderr)
print("a", "b", sep="")
print()
print(end="no newline|")
print("")
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.total)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(list(zip(*matrix)), [row[::-1] for row in matrix][0], sum(map(sum, matrix)))
s = "x"
s += "y" * 3
print(s, s * 0, -s.count("y"))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
