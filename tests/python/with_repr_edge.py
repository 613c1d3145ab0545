# with statements: __enter__/__exit__ order, suppression, errors in either, several
# managers; __repr__/__str__/__format__ fallbacks and their errors.
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self): print("enter", self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x: print("body", x)
with CM("b", True): raise ValueError("swallowed")
print("after b")
try:
    with CM("c"): raise KeyError("k")
except KeyError as e: print("caught", e)
with CM("d") as d1, CM("e", True) as e1:
    print(d1, e1); 1 / 0
print("after de")
def f():
    with CM("f"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0: continue
        if i == 1: break
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy(): raise RuntimeError
print("truthy suppress")
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("from exit")
try:
    with ExitRaises(): raise ValueError("inner")
except TypeError as e: print("TE", e, type(e.__context__).__name__)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
class EnterRaises:
    def __enter__(self): raise OSError("enter fails")
    def __exit__(self, *a): print("never"); return True
try:
    with EnterRaises(): print("never body")
except OSError as e: print("OE", e)
# exit sees exception type through generator
class Rec:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): self.seen = (t, v); return False
r = Rec()
try:
    with r as rr: raise IndexError(3)
except IndexError: pass
print(r.seen[0].__name__, r.seen[1].args, rr is r)
# tuple unpacking target in with
class Pair:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): pass
with Pair() as (p, [q, s]): print(p, q, s)
# repr/str fallbacks
class Nothing: pass
n = Nothing()
print(str(n) == repr(n), repr(n).startswith("<__main__.Nothing object at 0x"))
class OnlyRepr:
    def __repr__(self): return "OnlyRepr!"
print(str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}", f"{OnlyRepr()!r}", [OnlyRepr()], "%s %r" % (OnlyRepr(), OnlyRepr()))
class OnlyStr:
    def __str__(self): return "OnlyStr!"
o = OnlyStr()
print(str(o), repr(o).startswith("<__main__.OnlyStr object"), f"{o}", [o][0], "{}".format(o))
print(len(str([o])) > 20)
class Both:
    def __str__(self): return "S"
    def __repr__(self): return "R"
print(Both(), [Both()], (Both(),), {1: Both()}, {Both()}, str(Both()), repr(Both()), f"{Both()!s}{Both()!r}{Both()!a}")
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print("TE", e)
class BadStr:
    def __str__(self): return None
try: str(BadStr())
except TypeError as e: print("TE", e)
try: print(BadStr())
except TypeError as e: print("TE", e)
class SubStr(str): pass
class RetSub:
    def __repr__(self): return SubStr("subrepr")
print(repr(RetSub()))
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()))
try: format(Nothing(), "x")
except TypeError as e: print("TE", e)
print(format(OnlyStr(), ""), f"{OnlyStr()}")
class E(Exception):
    def __str__(self): return "custom str"
print(E("a"), repr(E("a")), str(E()))
print(repr(Nothing)[:20], str(int), repr(len), repr(print), str(None), repr(...), repr(NotImplemented))
