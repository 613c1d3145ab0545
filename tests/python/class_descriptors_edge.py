# staticmethod, classmethod, property (decorator and function forms, setters, deleters,
# missing accessors), user descriptors and __getattr__ after a getter's AttributeError.
class C:
    n = 0
    @staticmethod
    def s(a, b=2): return a + b
    @classmethod
    def c(cls, a): return (cls.__name__, a)
    @classmethod
    def make(cls): 
        cls.n += 1
        return cls()
class D(C): pass
print(C.s(1), C().s(1, 3), C.c(1), D.c(2), D().c(3), type(D.make()).__name__, D.n, C.n)
sm = C.__dict__['s']; cm = C.__dict__['c']
print(type(sm).__name__, type(cm).__name__, sm.__func__(4, 5))
print(callable(sm))
f = C.c
print(f.__self__ is C, f.__func__ is cm.__func__)
# staticmethod/classmethod as functions
def plain(x): return x * 2
C.p2 = staticmethod(plain)
C.cm2 = classmethod(lambda cls, y: (cls.__name__, y))
print(C.p2(4), C().p2(5), D.cm2(1))
# property
class T:
    def __init__(self): self._t = 0
    @property
    def t(self):
        "the t"
        return self._t
    @t.setter
    def t(self, v):
        if v < 0: raise ValueError("negative")
        self._t = v
    @t.deleter
    def t(self):
        print("deleting")
        del self._t
x = T()
x.t = 5
print(x.t)
try: x.t = -1
except ValueError as e: print("VE", e)
del x.t
try: x.t
except AttributeError as e: print("AE", e)
print(T.t.__doc__, type(T.t).__name__)
class RO:
    @property
    def r(self): return 1
o = RO()
try: o.r = 2
except AttributeError as e: print("AE", e)
try: del o.r
except AttributeError as e: print("AE", e)
# property() function form
class PF:
    def g(self): return self._v
    def s(self, v): self._v = v * 10
    def d(self): self._v = None
    v = property(g, s, d, "doc v")
pf = PF(); pf.v = 2; print(pf.v); del pf.v; print(pf.v, PF.v.__doc__)
print(PF.v.fget is PF.g, PF.v.fset is PF.s)
# property getter raising AttributeError -> __getattr__ fallback
class GA:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, name): return "getattr:" + name
print(GA().p, GA().zzz)
# property overriding instance dict
class PO:
    @property
    def a(self): return "prop"
po = PO()
try:
    po.a = 'dict'
except AttributeError as e:
    print("AttributeError:", e)
print(po.a)
# non-data descriptor shadowed by instance dict
class ND:
    def __get__(self, obj, typ): return ("ND", obj is None)
class H:
    d = ND()
h = H()
print(h.d, H.d)
h.d = 5  # a non-data descriptor is shadowed by the instance attribute
print(h.d)
class DD:
    def __get__(self, obj, typ): return "DD get"
    def __set__(self, obj, v): print("DD set", v)
    def __delete__(self, obj): print("DD del")
class H2:
    d = DD()
h2 = H2(); h2.d = 3; print(h2.d); del h2.d
# setter-only property
class SO:
    x = property(None, lambda self, v: print("set", v))
so = SO(); so.x = 1
try: so.x
except AttributeError as e: print("AE", e)
# property subclass override via setter chain
class Base:
    @property
    def val(self): return "base"
class Der(Base):
    @Base.val.setter
    def val(self, v): print("der set", v)
dd = Der(); dd.val = 7; print(dd.val)
# classmethod on instance of subclass
print(D().c(0))
# staticmethod called with wrong args
try: C.s()
except TypeError as e: print("TE", e)
try: C.c()
except TypeError as e: print("TE", e)
