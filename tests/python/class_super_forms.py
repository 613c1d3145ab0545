# super() in its common forms, C3 linearisation and the errors of inconsistent or
# invalid class hierarchies.

class O: pass
class A(O):
    def who(self): return "A"
class B(O):
    def who(self): return "B"
class C(A, B): pass
class D(B, A): pass
print([k.__name__ for k in C.__mro__], C().who(), D().who())
print(C.__bases__ == (A, B), C.mro() == list(C.__mro__))

def try_class(make):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

def bad1():
    class E(C, D): pass
def bad2():
    class F(A, A): pass
def bad3():
    class G(O, A): pass
def bad4():
    class H(int, str): pass
def bad5():
    class I(bool): pass
for make in (bad1, bad2, bad3, bad4, bad5):
    try_class(make)

# The classic C3 example.
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Zed(K1, K2, K3): pass
print([k.__name__ for k in Zed.__mro__])

class Base:
    def __init__(self, v):
        self.v = v
    def f(self, x): return ("Base.f", x)
    @classmethod
    def cm(cls): return ("Base.cm", cls.__name__)
    @staticmethod
    def sm(x): return ("Base.sm", x)

class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def f(self, x): return ("Mid.f", super().f(x), super(Mid, self).f(x + 1))
    @classmethod
    def cm(cls): return ("Mid.cm", super().cm(), super(Mid, cls).cm())
    @staticmethod
    def sm(x): return ("Mid.sm", super(Mid, Mid).sm(x))

m = Mid(3)
print(m.v, m.f(1))
print(Mid.cm(), m.cm())
print(Mid.sm(5), m.sm(6))
s = super(Mid, m)
print(s.f(9), repr(s))
print(repr(super(Mid, Mid)))
try:
    super(Mid, 5)
except TypeError as e:
    print("TypeError:", e)

def outside():
    return super().f(1)
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)

class NoSuper:
    def m(self):
        return super().m()
try:
    NoSuper().m()
except AttributeError as e:
    print("AttributeError:", e)

# super() inside a lambda needs its explicit form; inside a nested def it has no arguments.
class L(Base):
    def f(self, x):
        g = lambda: super(L, self).f(x)
        return g()
print(L(1).f(2))

class L2(Base):
    def f(self, x):
        def inner():
            return super().f(x)
        try:
            return inner()
        except RuntimeError as e:
            return ("RuntimeError", str(e))
print(L2(1).f(2))

class Q:
    def m(self): return __class__
print(Q().m() is Q)

# Cooperative multiple inheritance follows the instance's MRO.
class R:
    def hi(self): return ["R"]
class S1(R):
    def hi(self): return ["S1"] + super().hi()
class S2(R):
    def hi(self): return ["S2"] + super().hi()
class T(S1, S2):
    def hi(self): return ["T"] + super().hi()
print(T().hi(), super(S1, T()).hi())

class W:
    def __init__(self, a):
        super().__init__()
        self.a = a
print(W(3).a)

class W2:
    def __init__(self, a):
        super().__init__(a)
try:
    W2(1)
except TypeError as e:
    print("TypeError:", e)

class W3:
    pass
try:
    W3(1)
except TypeError as e:
    print("TypeError:", e)

class SA(Base):
    def g(self): return super().nothing
try:
    SA(1).g()
except AttributeError as e:
    print("AttributeError:", e)

class RR:
    def __repr__(self): return "RR<" + super().__repr__()[:10] + ">"
print(repr(RR()))

class PB:
    @property
    def p(self): return 1
class PC(PB):
    @property
    def p(self): return super().p + 1
print(PC().p)

# super() with keyword-argument __init__ chains.
class Shape:
    def __init__(self, *, name="shape", **rest):
        self.name = name
        super().__init__(**rest)
class Colored:
    def __init__(self, *, color="none", **rest):
        self.color = color
        super().__init__(**rest)
class Square(Shape, Colored):
    def __init__(self, side, **rest):
        self.side = side
        super().__init__(**rest)
sq = Square(2, name="sq", color="red")
print(sq.side, sq.name, sq.color, [k.__name__ for k in Square.__mro__])
try:
    Square(1, weight=3)
except TypeError as e:
    print("TypeError:", e)
