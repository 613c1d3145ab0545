# Multiple inheritance: the C3 method resolution order, diamonds, cooperative super().

class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B"

    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def who(self):
        return "C"

    def chain(self):
        return ["C"] + super().chain()

class D(B, C):
    def chain(self):
        return ["D"] + super().chain()

def mro(cls):
    return " ".join(k.__name__ for k in cls.__mro__)

print(mro(D), D().who(), D().chain())

class E(C, B):
    pass

print(mro(E), E().who(), E().chain())

# The classic C3 example (from the Python 2.3 MRO paper).
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(O): pass
class J(O): pass
class K1(F, G, H): pass
class K2(I, G, J): pass
class K3(I, F): pass
class Z(K1, K2, K3): pass

for cls in (K1, K2, K3, Z):
    print(cls.__name__, "->", mro(cls))

# mro() returns the same list.
print([k.__name__ for k in Z.mro()] == [k.__name__ for k in Z.__mro__])

# Attribute lookup follows the MRO for class attributes too.
class P1:
    attr = "P1"

class P2:
    attr = "P2"
    only_p2 = "from P2"

class Q(P1, P2):
    pass

class R(P2, P1):
    pass

print(Q.attr, R.attr, Q.only_p2, Q().only_p2)

# Mixins.
class JsonMixin:
    def to_json(self):
        parts = []
        for key in self.fields():
            value = getattr(self, key)
            text = f'"{value}"' if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
            parts.append(f'"{key}": {text}')
        return "{" + ", ".join(parts) + "}"

class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields())

    __hash__ = None

class User(JsonMixin, CompareMixin):
    def __init__(self, name, admin):
        self.name = name
        self.admin = admin

    def fields(self):
        return ["name", "admin"]

u = User("ada", True)
print(u.to_json(), u == User("ada", True), u == User("bob", True), mro(User))

# Cooperative __init__ through a diamond: each class runs exactly once.
log = []

class Root:
    def __init__(self, **kwargs):
        log.append("Root")
        super().__init__()

class Left(Root):
    def __init__(self, left=None, **kwargs):
        log.append(f"Left({left})")
        super().__init__(**kwargs)

class Right(Root):
    def __init__(self, right=None, **kwargs):
        log.append(f"Right({right})")
        super().__init__(**kwargs)

class Bottom(Left, Right):
    def __init__(self, **kwargs):
        log.append("Bottom")
        super().__init__(**kwargs)

Bottom(left=1, right=2)
print(log, mro(Bottom))

# isinstance and issubclass across multiple bases.
print(isinstance(Bottom(), Right), issubclass(Bottom, Root), issubclass(Left, Right))
