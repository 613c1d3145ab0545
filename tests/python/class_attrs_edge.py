# Instance and class attributes: lookups, shadowing, deletion, errors, bound methods,
# names and qualified names.

class P:
    cnt = 0

    def __init__(self, x):
        self.x = x
        P.cnt += 1

    def get(self):
        return self.x

p = P(1)
q = P(2)
print(P.cnt, p.cnt, vars(p), P.__name__, type(p).__name__)
p.cnt = 10  # an instance attribute shadows the class attribute
print(P.cnt, p.cnt, q.cnt)
del p.cnt
print(p.cnt)
for action in (lambda: delattr(p, "cnt"), lambda: p.nope, lambda: P.nope,
               lambda: setattr(object(), "x", 1), lambda: setattr(1, "real", 3)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)

# Bound methods.
m = p.get
print(m(), m.__self__ is p, m.__func__ is P.get, P.get(q))
print(m == p.get, m == q.get, p.get is not p.get)
for call in (lambda: P.get(), lambda: p.get(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Function attributes.
def f():
    pass
f.attr = 5
print(f.attr, f.__name__, getattr(f, "missing", "default"))

class E:
    pass
e = E()
setattr(e, "w", 4)
setattr(e, "z", 3)
print(sorted(vars(e).items()), getattr(e, "q", "dflt"), hasattr(e, "w"), hasattr(e, "q"))
try:
    getattr(e, "q")
except AttributeError as ex:
    print("AttributeError:", ex)

# A mutable class attribute is shared; methods added and removed later.
class K:
    items = []
a, b = K(), K()
a.items.append(1)
print(b.items, K.items, a.items is b.items)
K.method = lambda self: "added"
print(a.method(), b.method())
del K.method
try:
    a.method()
except AttributeError as ex:
    print("AttributeError:", ex)

print(a.__class__ is K, a.__class__.__name__)
print(P.__dict__["cnt"], "get" in P.__dict__, "x" in P.__dict__)
print(P.__qualname__, P.get.__qualname__, P.__module__)

class Outer:
    class Inner:
        def m(self):
            pass

    def method(self):
        class Local:
            pass
        return Local

print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().__class__.__name__)
print(Outer().method().__qualname__)
print(isinstance(p, P), isinstance(p, object), issubclass(P, object), isinstance(P, type))
print(type(P), type(type), repr(P), str(K))

# Attributes named like methods of object, and private names.
class Priv:
    def __init__(self):
        self.__secret = 1
        self._half = 2

    def reveal(self):
        return self.__secret

pv = Priv()
print(pv.reveal(), pv._half, pv._Priv__secret, hasattr(pv, "__secret"))
