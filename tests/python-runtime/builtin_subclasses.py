# Subclasses of list, tuple, dict, set, frozenset, str, int and float: the builtin's
# behaviour, attributes on instances, overridden dunders, __new__/__init__, __missing__.
class L(list):
    pass
l = L([3, 1, 2])
l.sort(); l.append(9); l += [7]; l.extend((5,)); l[0] = 0; del l[1]
print(l, type(l).__name__, len(l), l[1:3], type(l[1:3]).__name__, 9 in l, list(reversed(l)), sorted(l), l == [0, 2, 9, 7, 5], l * 2)
l.x = 5
print(l.x, vars(l), isinstance(l, list), issubclass(L, list), L.__mro__)
print(max(l), sum(l), ",".join(map(str, l)), [a for a in l if a > 2], tuple(l), set(l) == {0, 2, 9, 7, 5})
class T(tuple):
    def first(self): return self[0]
t = T([1, 2, 3])
print(t, t.first(), len(t), t + (4,), type(t + (4,)).__name__, hash(t) == hash((1, 2, 3)), t[::-1], t.count(2), t.index(3))
a, b, c = t
print(a, b, c, *t)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
d["b"] = 2
print(d, d["a"], d["zz"], len(d), list(d), d.get("q"), "a" in d, d.keys(), sorted(d.items()), {**d}, dict(d))
class S(set):
    pass
s = S([1, 2, 3])
s.add(4)
print(s, len(s), 2 in s, s | {9}, type(s | {9}).__name__, S(), sorted(s))
class F(frozenset): pass
f = F([1, 2])
print(f, hash(f) == hash(frozenset([1, 2])), f | {3})
class N(str):
    def shout(self): return self.upper() + "!"
n = N("hey")
print(n, repr(n), n.shout(), n + "x", "x" + n, n * 2, n[1], n[::-1], f"{n:>6}|", "%s" % n, n.split("e"), len(n), n == "hey", n < "z", type(n.upper()).__name__, str(n), type(str(n)).__name__)
print({n: 1}["hey"], "hey" in {n}, n in "they", "e" in n, [c for c in n], sorted([N("b"), "a"]))
class I(int):
    def double(self): return self * 2
i = I(21)
print(i, repr(i), i.double(), i + 1, 1 + i, i + i, -i, abs(I(-3)), i // 4, i % 4, i ** 2, i == 21, i < 30, hash(i) == hash(21), float(i), int(i), str(i), f"{i:05d}", "%d" % i, [0, 1, 2][I(1)], range(I(3)), bool(I(0)), type(i + 1).__name__, isinstance(i, int), i.bit_length(), divmod(i, 5), round(i))
i.tag = "t"
print(i.tag, vars(i))
class Fl(float):
    pass
x = Fl(2.5)
print(x, x * 2, x + 1, 1 + x, x == 2.5, int(x), round(x), f"{x:.2f}", max(x, 3), x.is_integer(), type(x * 2).__name__, str(x), repr(x))
class P(int):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
p = P(5, "five")
print(p, p.tag, p + 1, sum([p, p]), {p: 1}[5])
class Q(list):
    def __len__(self): return 99
    def __iter__(self): return iter([7, 8])
    def __getitem__(self, i): return "item%d" % i
    def __contains__(self, x): return True
q = Q([1, 2])
print(len(q), list(q), q[0], 5 in q, bool(q), [x for x in q])
class E(str):
    def __eq__(self, o): return True
    def __hash__(self): return 1
e = E("a")
print(e == "b", hash(e), e != "b")
class Cnt(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
c = Cnt()
c["a"] = 1
c.update(b=2)
print(c)
class V(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
v = V(3, 4)
print(v, v.x, v == (3, 4), V.__name__, isinstance(v, tuple))
for bases in [(int, str), (bool,), (list, dict)]:
    try:
        type("Z", bases, {})
    except TypeError as ex:
        print(ex)
try:
    object.__new__(P)
except TypeError as ex:
    print(ex)
print(int.__new__(P, 7), type(int.__new__(P, 7)).__name__)
class L2(list):
    def __init__(self, *a):
        super().__init__(a)
print(L2(1, 2, 3), str.__new__(str, 5), list.__new__(list), dict.__new__(dict))
