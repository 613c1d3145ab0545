# Rich comparisons (reflection, NotImplemented, subclass priority, derived !=) and the
# __eq__/__hash__ rules: defining __eq__ alone makes instances unhashable.
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, getattr(o, 'v', o)); return self.v < (o.v if isinstance(o, C) else o)
    def __eq__(self, o): print("eq", self.v, getattr(o, 'v', o)); return isinstance(o, C) and self.v == o.v
a, b = C(1), C(2)
print(a < b, a > b, b > a, a == b, a != b, a == a, a != C(1))
print(a < 5, 5 > a)
try: a <= b
except TypeError as e: print("TE", e)
print(sorted([C(3), C(1), C(2)], key=lambda c: c)[0].v)
print(max([C(3), C(1), C(2)]).v if False else "")
# chained comparisons call once
print(0 < 1 < C(2).v < 3, C(0) < 1 < 2)
# reflected: __gt__ of right
class G:
    def __gt__(self, o): return "G.gt"
    def __le__(self, o): return "G.le"
print(1 < G(), 1 >= G(), G() > 1)
# eq default identity, ne derived
class E: pass
e = E()
print(e == e, e != e, e == E(), e != E(), e == 1, None == e)
class EqOnly:
    def __eq__(self, o): return "custom"
print(EqOnly() == 1, EqOnly() != 1, 1 == EqOnly(), 1 != EqOnly())
class NeOnly:
    def __ne__(self, o): return "ne!"
print(NeOnly() != 1, NeOnly() == NeOnly())
class EqNI:
    def __eq__(self, o): return NotImplemented
x = EqNI()
print(x == x, x == EqNI(), x != x, x != EqNI())
# subclass comparison priority
class B1:
    def __eq__(self, o): return "B1.eq"
    def __lt__(self, o): return "B1.lt"
class B2(B1):
    def __eq__(self, o): return "B2.eq"
    def __gt__(self, o): return "B2.gt"
print(B1() == B2(), B2() == B1(), B1() < B2(), B2() < B1())
# __eq__ / __hash__ rules
class H1:
    def __eq__(self, o): return True
try: hash(H1())
except TypeError as e: print("TE", e)
try: {H1()}
except TypeError as e: print("TE", e)
try: {H1(): 1}
except TypeError as e: print("TE", e)
print(H1.__hash__)
class H2:
    def __eq__(self, o): return isinstance(o, H2) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def __init__(self, k): self.k = k
s = {H2(1), H2(1), H2(2)}
print(len(s), H2(1) in s, H2(3) in s, {H2(5): 'x'}[H2(5)])
class H3(H2):
    def __eq__(self, o): return False
try: hash(H3(1))
except TypeError as e: print("TE", e)
class H4(H2): pass
print(hash(H4(7)) == hash(7))
class H5:
    __hash__ = None
try: hash(H5())
except TypeError as e: print("TE", e)
class H6:
    def __hash__(self): return 2**70
print(hash(H6()) == hash(2**70))
class H7:
    def __hash__(self): return "x"
try: hash(H7())
except TypeError as e: print("TE", e)
class H8:
    def __hash__(self): return True
print(hash(H8()))
class H9:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(type(hash(H9())).__name__)
class H10(H1):
    def __hash__(self): return 10
print(hash(H10()))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2)))
# ordering via functools-like total ordering not needed
# comparisons of mixed builtins
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", {1} < {1, 2}, {1, 2} <= {1, 2}, [C(1)] == [C(1)])
try: {1: 2} < {1: 3}
except TypeError as e: print("TE", e)
print(1 == 1.0, float('nan') == float('nan'))
nan = float('nan'); l = [nan]; print(l == l, nan in l, [nan] == [nan])
