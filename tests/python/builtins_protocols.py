# Builtins on user objects: abs/divmod/pow/round/int/float/hex/len/bool/hash/repr/str/
# format/reversed/iter/next through their dunders, the errors for dunders returning the
# wrong type, sequences by __getitem__, type() with three arguments, property/staticmethod/
# classmethod called as functions, super() forms.
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class N:
    def __init__(self, v): self.v = v
    def __abs__(self): return 'abs%d' % self.v
    def __divmod__(self, o): return ('dm', self.v, o)
    def __rdivmod__(self, o): return ('rdm', o, self.v)
    def __pow__(self, e, m=None): return ('pow', self.v, e, m)
    def __rpow__(self, b): return ('rpow', b, self.v)
    def __round__(self, n=None): return ('round', n)
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __index__(self): return 7
    def __len__(self): return 3
    def __bool__(self): return False
    def __hash__(self): return 12345
    def __repr__(self): return 'N(%d)' % self.v
    def __str__(self): return 'n%d' % self.v
    def __format__(self, spec): return 'fmt[' + spec + ']'
    def __reversed__(self): return iter(['r1', 'r2'])
n = N(1)
print(abs(n), divmod(n, 2), divmod(3, n), pow(n, 2), pow(n, 2, 5), pow(2, n), n ** 3, 2 ** n, round(n), round(n, 2))
print(int(n), float(n), hex(n), bin(n), oct(n), len(n), bool(n), hash(n), repr(n), str(n), f'{n}', f'{n:abc}', f'{n!r}', format(n, 'q'), list(reversed(n)), [1, 2, 3, 4, 5, 6, 7, 8][n], 'x' * N(2).__index__())
print('%s %r %d %x' % (n, n, n, n), '{} {!r} {:z}'.format(n, n, n), str([n]), ascii(n), range(n), list(range(10))[n:])
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __len__(self): return 3
print(list(Seq()), list(reversed(Seq())), 10 in Seq(), list(iter(Seq())), sorted(Seq(), reverse=True), max(Seq()), sum(Seq()), tuple(Seq()), set(Seq()) == {0, 10, 20}, dict(zip(Seq(), 'abc')), list(enumerate(Seq())))
class BadLen:
    def __len__(self): return -1
class BadLen2:
    def __len__(self): return 'x'
class BigLen:
    def __len__(self): return 2**70
t(lambda: len(BadLen()))
t(lambda: len(BadLen2()))
t(lambda: len(BigLen()))
t(lambda: bool(BadLen()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
t(lambda: not BadBool())
class BadInt:
    def __int__(self): return 'x'
t(lambda: int(BadInt()))
class BadIdx:
    def __index__(self): return 1.5
t(lambda: [1, 2][BadIdx()])
t(lambda: hex(BadIdx()))
class BadRepr:
    def __repr__(self): return 5
t(lambda: repr(BadRepr()))
class BadStr:
    def __str__(self): return None
t(lambda: str(BadStr()))
class BadHash:
    def __hash__(self): return 'h'
t(lambda: hash(BadHash()))
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Iter()), next(Iter()), sum(Iter()), min(Iter()), max(Iter(), key=lambda v: -v), sorted(Iter(), reverse=True), any(Iter()), all(Iter()), list(zip(Iter(), Iter())), list(map(str, Iter())), list(filter(lambda v: v != 2, Iter())))
it = Iter()
print(next(it, 'd'), next(it, 'd'), next(it, 'd'), next(it, 'd'), next(it, 'd'))
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
t(lambda: list(BadIter()))
t(lambda: next(5))
class Cmp:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return 'C%d' % self.k
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)), max([Cmp(1), Cmp(9), Cmp(3)]))
t(lambda: sorted([Cmp(1), 2]))
class NoCmp: pass
t(lambda: sorted([NoCmp(), NoCmp()]))
t(lambda: max(NoCmp(), NoCmp()))
t(lambda: abs(NoCmp()))
t(lambda: round(NoCmp()))
t(lambda: divmod(NoCmp(), 1))
t(lambda: pow(NoCmp(), 2))
t(lambda: int(NoCmp()))
t(lambda: float(NoCmp()))
t(lambda: len(NoCmp()))
t(lambda: iter(NoCmp()))
t(lambda: reversed(NoCmp()))
t(lambda: hex(NoCmp()))
t(lambda: NoCmp() < NoCmp())
t(lambda: -NoCmp())
t(lambda: NoCmp()[0])
t(lambda: NoCmp()())
five = 5
t(lambda: five())
t(lambda: 1 in NoCmp())
print(NoCmp() == NoCmp(), NoCmp() != NoCmp(), bool(NoCmp()), str(NoCmp())[:17], hash(NoCmp()) is not None)
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(NoCmp()))
X = type('X', (), {'a': 1, 'm': lambda self: self.a + 1})
x = X()
print(X.__name__, x.a, x.m(), type(x) is X, isinstance(x, X))
Y = type('Y', (X,), {})
print(Y().m(), Y.__bases__ == (X,), issubclass(Y, X), type(Y).__name__)
t(lambda: type('Z', 5, {}))
t(lambda: type(1, 2))
print(getattr(X, 'a'), hasattr(X, 'm'), getattr(sys, 'argv')[0].endswith('.py'), hasattr(sys, 'nope'))
setattr(X, 'b', 10); print(x.b, Y.b)
class Slots:
    @property
    def ro(self): return 1
t(lambda: setattr(Slots(), 'ro', 2))
def delro():
    del Slots().ro
t(delro)
t(lambda: Slots().ro2)
t(lambda: Slots.nope)
print(property.__name__, staticmethod.__name__, classmethod.__name__)
class Pf:
    def g(self): return self._x
    def s(self, v): self._x = v
    x = property(g, s)
    def stat(): return 'stat'
    stat = staticmethod(stat)
    def cm(cls): return cls.__name__
    cm = classmethod(cm)
p = Pf(); p.x = 3; print(p.x, Pf.stat(), p.stat(), Pf.cm(), p.cm())
print(isinstance(Pf.__dict__['x'], property) if hasattr(Pf, '__dict__') else True)
t(lambda: super())
class SA:
    def f(self): return 'SA'
class SB(SA):
    def f(self):
        def inner(): return 'inner'
        return 'SB>' + super().f() + inner()
    @classmethod
    def c(cls): return super().f
print(SB().f(), SB.c() is not None)
print(id(n) == id(n), type(id(n)).__name__, isinstance(id(n), int))

# % formatting converts objects by the dunder each conversion asks for.
class PI:
    def __index__(self): return 2
    def __int__(self): return 5
    def __float__(self): return 1.5
class PF:
    def __float__(self): return 2.5
class PX:
    def __index__(self): return 65
for fmt in ['%d', '%i', '%x', '%o', '%c', '%f', '%e', '%g']:
    for v in [PI(), PF(), PX(), 3, 2.5, True]:
        try: print(fmt, type(v).__name__, fmt % v)
        except Exception as e: print(fmt, type(v).__name__, type(e).__name__, e)
