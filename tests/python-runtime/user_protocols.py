class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __repr__(self): return f"P({self.x}, {self.y})"
pts = {P(1, 2), P(1, 2), P(0, 5)}
print(len(pts), sorted(pts), P(1, 2) in pts, {P(1, 2): "a"}[P(1, 2)], max(pts), P(0, 0) != P(0, 0))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Empty:
    def __len__(self): return 0
class Truthy:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Empty()), bool(Truthy()), "yes" if Empty() else "no")
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(add5(1), list(map(add5, [1, 2])), callable(add5))
class Shape:
    sides = 0
    @classmethod
    def make(cls): return cls()
    def __repr__(self): return f"{type(self).__name__}({self.sides})"
class Tri(Shape): sides = 3
print(Tri.make(), Shape.make(), Tri.sides, Tri().sides)
t = Tri(); t.sides = 4
print(t, Tri.sides)
class V:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __getitem__(self, i): return self.c[i]
    def __len__(self): return len(self.c)
    def __iter__(self): return iter(self.c)
    def __repr__(self): return "V" + repr(self.c)
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c)); return self
v = V(1, 2)
w = v
w += V(1, 1)
print(v + V(3, 4), 2 * v, v * 3, -v, abs(V(3, 4)), sum([V(1, 1), V(2, 2)]), v[1], len(v), list(v), v is w)
try:
    v + 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    1 - v
except TypeError as e:
    print(e)
class Base:
    def __init__(self): self.log = ["base"]
class Mixin:
    def hello(self): return "mixin hello " + str(len(self.log))
class Child(Base, Mixin):
    def __init__(self):
        super().__init__()
        self.log.append("child")
c = Child()
print(c.log, c.hello(), isinstance(c, Mixin), Child.__bases__, [k.__name__ for k in Child.mro()])
print(getattr(c, "missing", "dflt"), hasattr(c, "log"), setattr(c, "z", 1), c.z, delattr(c, "z"), hasattr(c, "z"))
class Reg:
    items = []
    def add(self, x):
        self.items.append(x)
        return self
r1, r2 = Reg(), Reg()
r1.add(1); r2.add(2)
print(Reg.items, r1.items is r2.items)
class Frozen:
    def __setattr__(self, k, v): raise AttributeError(f"frozen: {k}")
try:
    Frozen().a = 1
except AttributeError as e:
    print(e)
class Lazy:
    def __getattr__(self, name): return name.upper()
print(Lazy().hello, getattr(Lazy(), "x"))
print(type(v).__name__, type(v) is V, V.__name__, V.__qualname__, v.__class__.__name__, V.__module__)
