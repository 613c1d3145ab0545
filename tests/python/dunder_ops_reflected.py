# Every binary operator's dunder and its reflected form, unary and conversion dunders,
# NotImplemented fallbacks, subclass-first reflection, in-place fallbacks and the TypeErrors.
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
ops = ['add','sub','mul','matmul','truediv','floordiv','mod','pow','lshift','rshift','and','or','xor']
def mk(name):
    def f(self, o): return (name, self.x, o if not isinstance(o, V) else o.x)
    return f
for n in ops:
    setattr(V, f"__{n}__", mk(n))
    setattr(V, f"__r{n}__", mk("r" + n))
a, b = V(1), V(2)
print(a + b, a - b, a * b, a @ b, a / b, a // b, a % b, a ** b, a << b, a >> b, a & b, a | b, a ^ b)
print(1 + a, 1 - a, 1 * a, 1 @ a, 1 / a, 1 // a, 1 % a, 1 ** a, 1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a)
print(a + 1, "s" * a, [1] + a)
print(divmod(7, 2), pow(a, 2))
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 2.5
    def __round__(self, n=None): return ("round", n)
    def __divmod__(self, o): return "dm"
    def __rdivmod__(self, o): return "rdm"
u = U()
print(-u, +u, ~u, abs(u), [0,1,2,3,4][u], int(u), float(u), round(u), round(u, 2), divmod(u, 1), divmod(1, u))
print(hex(u), bin(u), oct(u), range(10)[u], "abcdef"[u:], operator_index := u.__index__())
try: -object()
except TypeError as e: print("TE", e)
try: ~1.5
except TypeError as e: print("TE", e)
try: +"s"
except TypeError as e: print("TE", e)
# NotImplemented fallbacks
class N1:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
class N2:
    def __radd__(self, o): return "N2.radd"
print(N1() + N2())
try: N1() + N1()
except TypeError as e: print("TE", e)
try: N1() + 1
except TypeError as e: print("TE", e)
try: 1 + N1()
except TypeError as e: print("TE", e)
try: V(1) < V(2)
except TypeError as e: print("TE", e)
# subclass reflected first
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
class Sub2(Base): pass
print(Base() + Sub(), Sub() + Base(), Base() + Sub2(), Sub2() + Base())
class IntSub(int):
    def __radd__(self, o): return "IntSub.radd"
    def __rsub__(self, o): return "IntSub.rsub"
print(1 + IntSub(2), IntSub(2) + 1, 5 - IntSub(1))
class FS(float):
    def __rmul__(self, o): return "FS.rmul"
print(2 * FS(1.0), 2.0 * FS(1.0))
# inplace fallback
class IP:
    def __init__(self): self.l = []
    def __iadd__(self, o): self.l.append(o); return self
    def __add__(self, o): return "plain add"
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "sub fallback"
i = IP(); j = i; i += 1; i += 2; print(i is j, i.l)
i -= 3; print(i)
k = V(3); k += 1; print(k)
k = V(3); k **= 2; print(k)
try:
    z = object(); z += 1
except TypeError as e: print("TE", e)
try:
    l = [1]; l -= [1]
except TypeError as e: print("TE", e)
# pow 3-arg
class PW:
    def __pow__(self, e, m=None): return ("pow", e, m)
    def __rpow__(self, b): return ("rpow", b)
print(pow(PW(), 2, 5), PW() ** 3, 2 ** PW())
try: pow(2, PW(), 5)
except TypeError as e: print("TE", e)
# errors
five = 5
tests = [("1 + 'a'", lambda: 1 + 'a'), ("'a' - 1", lambda: 'a' - 1), ("[] * 1.5", lambda: [] * 1.5),
         ("{} | 1", lambda: {} | 1), ("1 @ 2", lambda: 1 @ 2), ("None < 1", lambda: None < 1),
         ("[1] < (1,)", lambda: [1] < (1,)), ("'a' ** 2", lambda: 'a' ** 2), ("2 << -1", lambda: 2 << -1),
         ("1 // 0", lambda: 1 // 0), ("1.0 % 0", lambda: 1.0 % 0), ("divmod(1, 0)", lambda: divmod(1, 0)),
         ("5 % 0", lambda: 5 % 0), ("2 ** 10000.0", lambda: 2 ** 10000.0), ("-V(1)", lambda: -V(1)),
         ("V(1) < 1", lambda: V(1) < 1), ("1 >= V(1)", lambda: 1 >= V(1)), ("'a' + 1", lambda: 'a' + 1),
         ("[1] + (1,)", lambda: [1] + (1,)), ("len(5)", lambda: len(5)), ("abs('x')", lambda: abs('x')),
         ("1 in 5", lambda: 1 in 5), ("five[0]", lambda: five[0]), ("hash([])", lambda: hash([]))]
for text, fn in tests:
    try:
        print(text, fn())
    except Exception as e:
        print(text, type(e).__name__, e)
