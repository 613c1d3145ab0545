# Every builtin of the subset with its keyword arguments (print sep/end, min/max key and
# default, sorted key/reverse, round ndigits, int base, pow mod, enumerate start, sum start,
# iter sentinel, next default, getattr default) and CPython's errors for bad arguments.
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(1, 2, sep='-'); print(1, 2, sep=''); print('a', end='!'); print(); print('x', 'y', sep=None, end=None); print(sep='#'); print(*[1, 2, 3], sep=', ', end='.\n')
print('a', 'b', sep='\n'); print(1, file=sys.stdout); print('f', flush=True)
t(lambda: print(1, sep=5))
t(lambda: print(1, end=5))
t(lambda: print(1, foo=1))
print(len('abc'), len([1]), len({1: 2}), len(set()), len(range(3)), len((1, 2)), len(frozenset([1])))
t(lambda: len(5))
t(lambda: len())
t(lambda: len([], []))
print(list(enumerate('ab')), list(enumerate('ab', 1)), list(enumerate('ab', start=-1)), list(enumerate([])))
t(lambda: enumerate(5))
t(lambda: enumerate('a', 'b'))
print(list(zip('ab', [1, 2, 3])), list(zip()), list(zip('a')), list(zip('ab', 'cd', 'ef')), dict(zip('ab', 'xy')))
t(lambda: zip(1))
t(lambda: list(zip('ab', 'c', strict=True)))
print(list(map(abs, [-1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(map(str, range(3))))
t(lambda: map(abs))
t(lambda: list(map(5, [1])))
print(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x % 2, range(6))), list(filter(str.isdigit, 'a1b2')))
t(lambda: filter(None, 5))
print(list(reversed([1, 2])), list(reversed('ab')), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})))
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2]), max('abc'), min('b', 'a', key=str.upper), max([], default=9), min([], default=None), max([1, 3, 2], key=lambda x: -x), max(iter([5, 7])), min((2, 'b'), (1, 'z')), max([1, 2], default=0))
print(max([(1, 'a'), (1, 'b')], key=lambda p: p[0]), min([3, 1, 1.0], key=lambda v: v), max(1, 1.0), max(1.0, 1), max([2, 5, 5.0], key=int))
t(lambda: max([]))
t(lambda: min([]))
t(lambda: max())
t(lambda: max(1))
t(lambda: max(1, 2, default=0))
t(lambda: min(1, 'a'))
t(lambda: max([1], foo=1))
print(sum([1, 2, 3]), sum([1.5, 2]), sum([], 10), sum([[1], [2]], []), sum(range(5), start=100), sum([0.1] * 10), sum((2**64, 1)), sum([True, True]))
t(lambda: sum(['a', 'b'], ''))
t(lambda: sum([1, 'a']))
t(lambda: sum(5))
print(any([]), all([]), any([0, 1]), all([1, 0]), any(x > 2 for x in range(4)), all(iter([1, 'a'])), any('') , all(''))
t(lambda: any(5))
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2**100), abs(float('-inf')))
t(lambda: abs('a'))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-1e-300, 1.0), divmod(True, 2), divmod(2**70, -7))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod('a', 1))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(-2, 3, 7), pow(7, -1, 13))
t(lambda: pow(base=2, exp=5))
t(lambda: pow(2, 5, mod=3)); print(pow(2.0, 3), pow(4, 0.5))
t(lambda: pow(2, 2, 0))
t(lambda: pow(1.5, 2, 3))
t(lambda: pow())
t(lambda: pow(0, -1))
print(round(2.5), round(-1.5), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(123, -1), round(5, 2), round(2.5, 0), round(-0.4), round(0.5 + 1e-16), round(1e300, 2), round(12.5, -1), round(x=1.7) if False else round(1.7))
t(lambda: round(number=2.675, ndigits=2))
t(lambda: round(2.675, ndigits=2))
t(lambda: round('a'))
t(lambda: round(1.5, 'a'))
t(lambda: round(1.5, 1.0))
print(int('42'), int(4.9), int('-0b11', 0), int('11', base=2), int(' 0o7 ', 0), int('١٢٣'), int(x='5') if False else 0)
t(lambda: int('0b12', 0))
t(lambda: int('08', 0))
t(lambda: int('abc', 16.0))
t(lambda: int(x=5))
print(int('00', 0), int('0_0', 0), int('-0x_1f', 16), int('Z', 36))
print(float('3.5'), float(2), float('  -inf'), float('nAn'), float(' 1e-3 '), float(2**60), float('-0'))
print(str(5), str('s'), str([1]), str(), repr(5), repr('s'), repr([1, 's']), repr(None), repr(1.0), repr(1e-7), repr(float('-inf')))
print(bool(), bool([]), bool(5), list(), list('ab'), tuple(), dict(), set(), frozenset(), list(range(2)), tuple({1: 2}), set('aa'), list({1: 2}.items()))
t(lambda: list(5))
t(lambda: tuple(5))
t(lambda: set(5.5))
t(lambda: bool(1, 2))
print(type(1), type('a'), type([]), type(None), type(type), type(1.5).__name__, type(len), type(lambda: 0).__name__, type(True) is bool, type(1) == int)
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool), isinstance([], (tuple, (dict, list))), isinstance(1, object), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(B, (int, A)), issubclass(int, object), issubclass(A, A), issubclass(type, object))
t(lambda: isinstance(1, 1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(A, 5))
o = A()
setattr(o, 'x', 5)
print(hasattr(o, 'x'), hasattr(o, 'y'), getattr(o, 'x'), getattr(o, 'y', 'dflt'), getattr([], 'append').__name__, hasattr([], 'append'), hasattr(5, 'real'))
t(lambda: getattr(o, 'y'))
t(lambda: getattr(o, 5))
t(lambda: setattr(o, 5, 1))
t(lambda: setattr(5, 'x', 1))
t(lambda: setattr([], 'x', 1))
t(lambda: getattr(o))
delattr(o, 'x'); print(hasattr(o, 'x'))
it = iter([1, 2]); print(next(it), next(it), next(it, 'end'), next(iter(''), None))
t(lambda: next(it))
t(lambda: next([1]))
t(lambda: iter(5))
print(list(iter([3, 4])), iter(it) is it)
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
print(hash(1), hash(1.0), hash(True), hash('') if False else 0, hash((1, 'a' if False else 2)), hash(None) == hash(None), hash(-1), hash(2**64), hash(1.5), hash(-0.5))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
print(id(o) == id(o), id(1) == id(1), id([]) != 0, type(id(o)).__name__)
print(ord('A'), chr(66), hex(255), hex(-255), hex(0), hex(2**70), oct(8), oct(-8), bin(5), bin(-5), bin(0), oct(0))
t(lambda: hex(1.5))
t(lambda: bin('a'))
t(lambda: oct(None))
class Idx:
    def __index__(self): return 10
print(hex(Idx()), bin(Idx()), oct(Idx()), [0] * 12 and list(range(12))[Idx()], range(Idx()))
print(callable(len), callable(A), callable(o), callable(5), callable(lambda: 0), callable(A.__init__), callable([].append))
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls, a): return cls.__name__, a
p = P(); p.v = 5
print(p.v, P.s(1), p.s(2), P.c(3), p.c(4), type(P.__dict__['v']).__name__ if hasattr(P, '__dict__') else 'property')
def norm(self): return 1
print(staticmethod(norm).__class__.__name__, classmethod(norm).__class__.__name__, property(norm).__class__.__name__)
class Q:
    def __eq__(self, other): return NotImplemented
    def __add__(self, other): return NotImplemented
print(Q() == Q(), NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, bool(object()))
t(lambda: Q() + 1)
class S(P):
    def __init__(self):
        super().__init__()
        self.extra = 1
print(S().v, S().extra, super(S, S()).s(5), type(object()).__name__, object.__name__)
t(lambda: object().x)
def osetx():
    object().x = 1
t(osetx)
print(type('abc') is str, str.upper('a'), int.__name__, list.append.__name__ if hasattr(list.append, '__name__') else 'append')
t(lambda: len.foo)
print(repr(len)[:20], repr(A)[:17], repr(print)[:20])
print(ord(chr(1000)), chr(ord('z')), hex(-0), bin(True), abs(False), sorted({3: 'a', 1: 'b'}.items()))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower, reverse=True), sorted([1, 2, 3], key=lambda x: x % 2))
print(format(5, '03'), format(3.14159, '.2f'), format('s', '>3'), format(255, 'x'), format(1234567, ','), format(0.5, '%'), format([1]), format(None))
t(lambda: format([1], 'x'))
t(lambda: format(5, 's'))
print(int.__name__, type(int).__name__, type(A).__name__, A.__name__, B.__bases__, isinstance(A, type))

# Keyword arguments builtins refuse, and positional parameters of pow/round given twice.
t(lambda: 'aaa'.replace('a', 'b', count=1))
t(lambda: 'a'.center(width=5))
t(lambda: 'ab'.startswith(prefix='a'))
t(lambda: 'a b'.split(sep=None, maxsplit=1))
t(lambda: [1].pop(index=0))
t(lambda: [1].index(value=1))
t(lambda: {}.get(key=1))
t(lambda: {}.pop(key=1))
t(lambda: {'a': 1}.setdefault('a', default=2))
t(lambda: len(obj=[]))
t(lambda: abs(x=-1))
t(lambda: print('a', sep='', end='\n', file=None, flush=False))
t(lambda: list(enumerate('ab', start=1)))
t(lambda: sum([1], start=5))
t(lambda: int('10', base=2))
t(lambda: int(x='10'))
t(lambda: range(stop=5))
t(lambda: min([1, 2], key=lambda v: -v, default=0))
t(lambda: divmod(a=1, b=2))
t(lambda: isinstance(obj=1, class_or_tuple=int))
t(lambda: getattr(1, 'real', default=0))
t(lambda: iter([1], sentinel=1))
t(lambda: next(iter([]), default=0))
t(lambda: hex(number=5))
t(lambda: 'x'.join(iterable=['a']))
t(lambda: dict.fromkeys(iterable='ab', value=0))
t(lambda: {1}.add(elem=2))
t(lambda: 'a'.encode if False else 'a'.ljust(5, fillchar='x'))
t(lambda: 'a,b'.rsplit(sep=',', maxsplit=0))
t(lambda: 'abc'.find(sub='b'))
t(lambda: round(2.5, ndigits=None))
t(lambda: tuple(iterable=[1]))
t(lambda: list(iterable=[1]))
t(lambda: set(iterable=[1]))
t(lambda: frozenset(iterable=[1]))
t(lambda: repr(obj=1))
t(lambda: ord(c='a'))
t(lambda: chr(i=97))
t(lambda: hash(obj=1))
t(lambda: callable(obj=1))
t(lambda: reversed(sequence=[1]))
t(lambda: max(1, 2, key=None))
t(lambda: map(func=str, iterables=[1]))
t(lambda: filter(function=None, iterable=[1]))
t(lambda: issubclass(cls=int, class_or_tuple=int))
t(lambda: setattr(obj=1, name='x', value=1))
t(lambda: hasattr(obj=1, name='x'))
t(lambda: pow(2, exp=3))
t(lambda: pow(2, 3, 5, mod=1))
t(lambda: round(1.5, 1, ndigits=2))

# str(object=...), and keyword arguments reaching builtin subclasses' constructors.
print(str(object=5), str(), str(5), repr(str(object="")))
class S(str): pass
print(S("x"), S(object="y"), type(S(object="y")).__name__)
try:
    str(5, object=1)
except TypeError as e:
    print(e)
try:
    str(x=1)
except TypeError as e:
    print(e)
class Plain:
    pass
try:
    Plain(x=1)
except TypeError as e:
    print(e)
class KwInit:
    def __init__(self, **k): print(k)
KwInit(y=2)
class SubInt(int): pass
print(SubInt(5), SubInt("7", base=8))
class SubList(list): pass
print(SubList([1]))
