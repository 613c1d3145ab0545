# __bool__/__len__ truthiness and their errors, __getitem__/__setitem__/__delitem__,
# __contains__, the old sequence protocol, __iter__/__next__, __call__.
class T:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(T(True)), bool(T(False)), bool(L(0)), bool(L(3)), bool(Both()), len(Both()), not L(0))
print("yes" if L(2) else "no", [x for x in [L(0), L(1), T(False)] if x].__len__())
while L(0): pass
print(L(0) or "fallback", T(True) and "and")
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print("TE", e)
try:
    if BadBool(): pass
except TypeError as e: print("TE", e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print("VE", e)
try: bool(BadLen())
except ValueError as e: print("VE", e)
class StrLen:
    def __len__(self): return "3"
try: len(StrLen())
except TypeError as e: print("TE", e)
class BigLen:
    def __len__(self): return 2**70
try: len(BigLen())
except OverflowError as e: print("OE", e)
class BoolLen:
    def __len__(self): return True
print(len(BoolLen()))
# containers
class Box:
    def __init__(self): self.d = {}
    def __getitem__(self, k): print("get", k); return self.d[repr(k)]
    def __setitem__(self, k, v): print("set", k, v); self.d[repr(k)] = v
    def __delitem__(self, k): print("del", k); del self.d[repr(k)]
    def __contains__(self, k): return repr(k) in self.d
    def __len__(self): return len(self.d)
b = Box()
b[1] = 'a'; b[1:3] = 'slice'; b[1, 2] = 'tup'
print(b[1], b[1:3], b[1, 2], 1 in b, 5 in b, 5 not in b, len(b))
del b[1]
try: b[1]
except KeyError as e: print("KE", e)
b[1] = 0
b[1] += 5
print(b.d["1"])
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
a, b_, c, d = Seq(); print(a, d)
print(sorted(Seq(), reverse=True), sum(Seq()), max(Seq()))
it = iter(Seq()); print(next(it), next(it), type(it).__name__)
class NoGet: pass
try: NoGet()[0]
except TypeError as e: print("TE", e)
try: NoGet()[0] = 1
except TypeError as e: print("TE", e)
try: del NoGet()[0]
except TypeError as e: print("TE", e)
try: 1 in NoGet()
except TypeError as e: print("TE", e)
try: iter(NoGet())
except TypeError as e: print("TE", e)
try:
    for x in NoGet(): pass
except TypeError as e: print("TE", e)
try: len(NoGet())
except TypeError as e: print("TE", e)
class ROnly:
    def __getitem__(self, k): return k
try: ROnly()[0] = 1
except TypeError as e: print("TE", e)
try: del ROnly()[0]
except AttributeError as e: print("AE", e)
except TypeError as e: print("TE", e)
# iterator protocol
class Count:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
print(list(Count(3)), [x * 2 for x in Count(2)], dict.fromkeys(Count(2)), set(Count(3)))
c = Count(2); print(next(c), next(c), next(c, 'end'))
try: next(c)
except StopIteration as e: print("SI", repr(e))
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print("TE", e)
try:
    for x in BadIter(): pass
except TypeError as e: print("TE", e)
try: next(5)
except TypeError as e: print("TE", e)
class IterOnly:
    def __iter__(self): return iter([1, 2])
print(list(IterOnly()), 2 in IterOnly(), *IterOnly())
class ValueStop:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
print(list(ValueStop()))
# __call__
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, k=0): return self.n + x + sum(rest) + k
ad = Adder(1)
print(ad(2), ad(2, 3, 4, k=10), callable(ad), callable(Adder), callable(5), list(map(ad, [1, 2])))
try: ad()
except TypeError as e: print("TE", e)
try: NoGet()()
except TypeError as e: print("TE", e)
five = 5
try: five()
except TypeError as e: print("TE", e)
