# User exception classes: __init__ without super() (args still set), __str__/__repr__
# overrides, __new__, args assignment, with_traceback, multiple exception bases.
import sys
class E(Exception):
    def __init__(self, x):
        self.x = x
e = E(5)
print(e.args, str(e), repr(e), e.x)
class F(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a}-{b}")
        self.a, self.b = a, b
    def __str__(self):
        return "F:" + super().__str__()
f = F(1, 2)
print(f.args, str(f), repr(f), f.a)
class G(ValueError):
    def __repr__(self): return "G!"
print(repr(G("x")), str(G("x")), [G()])
try:
    raise F(3, 4)
except ValueError:
    print("no")
except Exception as ex:
    print("caught", ex, type(ex).__mro__[1].__name__)
print(str(KeyError((1, 2))), str(KeyError("a")), repr(KeyError((1, 2))))
class H(Exception):
    def __init__(self):
        super().__init__()
try:
    raise H(1)
except TypeError as te:
    print("TypeError:", te)
e2 = ValueError("a", "b")
e2.args = ("only",)
print(str(e2))
e3 = Exception()
e3.args = [1, 2]
print(e3.args, type(e3.args).__name__)
class WithNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.created = True
        return inst
w = WithNew("m")
print(w.created, w.args)
def reraise_with_traceback():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z.with_traceback(None)
try:
    reraise_with_traceback()
except ZeroDivisionError as z:
    print("wt:", z)
print(isinstance(StopIteration(), Exception), issubclass(GeneratorExit, BaseException) and not issubclass(GeneratorExit, Exception))
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally sees", repr(sys.exc_info()[1]))
except ValueError:
    pass
class Multi(KeyError, AttributeError): pass
try:
    raise Multi("k")
except AttributeError as m:
    print("Multi as AttributeError:", repr(m), str(m))
