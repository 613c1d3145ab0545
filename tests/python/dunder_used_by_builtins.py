# Dunders as builtins use them: sum/sorted/min/max/index/count/remove, filter/any/all,
# __contains__ results, __index__ in slices and ranges, slice objects, __reversed__,
# __missing__, __init__ returning a value, __new__, __getattribute__/__setattr__/__delattr__.
class V:
    def __init__(self, x): self.x = x
    def __radd__(self, o): return V(o + self.x)
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __lt__(self, o): return self.x < o.x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __repr__(self): return f"V({self.x})"
vs = [V(3), V(1), V(2)]
print(sum(vs), sum(vs, V(10)), sorted(vs), min(vs), max(vs), V(2) in vs, vs.index(V(2)), vs.count(V(1)))
vs.remove(V(3)); print(vs, {V(1): "a"}[V(1)], len({V(1), V(1), V(2)}))
class B:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
items = [B(True), B(False), B(True)]
print(len(list(filter(None, items))), any(items), all(items), [not i for i in items])
class C:
    def __contains__(self, x): return x  # non-bool result
print(1 in C(), 0 in C(), "" in C(), 5 not in C())
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
print("abcdef"[Idx(1):Idx(4)], list(range(Idx(3))), [1, 2, 3][Idx(-1)], bin(Idx(5)), (10).__pow__(2))
class S:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return (k.start, k.stop, k.step, k.indices(10))
        return k
print(S()[1:5], S()[::2], S()[-3:], S()[1:2, 3], S()[...])
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
    def __len__(self): return 3
    def __getitem__(self, i): return i
print(list(reversed(Rev())))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["a"], d["zz"], d.get("q"), "zz" in d)
class Init:
    def __init__(self): return 5
try: Init()
except TypeError as e: print("TE", e)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1, s2 = Single(1), Single(2)
print(s1 is s2, s1.v)
class Point(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(1, 2); print(p, p.x, len(p), type(p).__name__, p + (3,))
class GA:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
g = GA(); g.y = 1; print(g.magic, g.y)
try: g.zz
except AttributeError as e: print("AE", e)
class SA:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print("del", n); object.__delattr__(self, n)
sa = SA(); sa.q = 2; print(sa.q); del sa.q; print(hasattr(sa, "q"))
class Counter:
    count = 0
    def __init__(self): type(self).count += 1
Counter(); Counter(); print(Counter.count)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(Cmp(1) > Cmp(0), Cmp(1) >= Cmp(2), Cmp(1) != Cmp(1))
