# The TypeErrors of constructing instances and calling methods with the wrong arguments,
# of calling builtin methods and slot wrappers unbound, and type() with three arguments.
class C:
    def __init__(self, a, b=2, *, k):
        self.a = a
def attempt(f):
    try: f()
    except TypeError as e: print("TypeError:", e)
attempt(lambda: C())
attempt(lambda: C(1))
attempt(lambda: C(1, 2, 3, k=1))
attempt(lambda: C(1, x=1, k=2))
attempt(lambda: C(1, a=1, k=2))
class D: pass
attempt(lambda: D(1))
attempt(lambda: D(x=1))
class E:
    def __new__(cls, v): return super().__new__(cls)
attempt(lambda: E())
attempt(lambda: E(1, 2))
class F:
    def m(self, x): return x
attempt(lambda: F().m())
attempt(lambda: F().m(1, 2))
attempt(lambda: F.m(1, 2, 3))
attempt(lambda: F().m(y=1))
class G:
    @staticmethod
    def s(): return 1
    @classmethod
    def c(cls, x): return x
attempt(lambda: G.s(1))
attempt(lambda: G().c())
attempt(lambda: G.c(1, 2))
attempt(lambda: len())
attempt(lambda: isinstance(1, 2))
attempt(lambda: issubclass(1, int))
attempt(lambda: super(1, 2))
attempt(lambda: object.__init__())
attempt(lambda: int.__add__("a", 1))
attempt(lambda: list.append(1, 2))
attempt(lambda: type("X", (), {})(1))
print(type("X", (object,), {"v": 1})().v, type(3).__name__, type("N", (int,), {})(5) + 1)
