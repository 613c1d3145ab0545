# The exceptions a generator handles stay with it while it is suspended (sys.exception(),
# sys.exc_info() outside see the caller's); raised inside it they chain to what the caller
# handles; thrown into it (throw, through yield from) they are not chained.
import sys
def g():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exception())
        raise
it = g()
print(next(it), sys.exc_info())
print(next(it))
try:
    next(it)
except KeyError as e:
    print("reraised after yields:", e)
def h():
    yield 1
    raise ValueError("in gen")
try:
    try:
        raise TypeError("outer")
    except TypeError:
        for x in h():
            pass
except ValueError as e:
    print("context:", repr(e.__context__))
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught in gen:", type(e).__name__, e, "context:", repr(e.__context__))
c = catcher(); next(c)
try:
    raise IndexError("handling")
except IndexError:
    c.throw(ValueError("thrown"))
c.throw(KeyError("no context"))
def gen_finally_return():
    try:
        yield 1
    finally:
        return "from finally"
gf = gen_finally_return(); next(gf)
try:
    next(gf)
except StopIteration as e:
    print("StopIteration value", e.value)
gf2 = gen_finally_return(); next(gf2)
print(gf2.close())
def nested():
    def inner():
        x = yield 1
        return x * 2
    r = yield from inner()
    yield r
n = nested(); next(n); print(n.send(21))
# Exceptions being handled stay with the generator that handles them.
def g():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()
it = g()
print(repr(next(it)), repr(sys.exception()))
try:
    raise ValueError("caller")
except ValueError:
    print(repr(next(it)), repr(sys.exception()))
print(repr(next(it)), repr(sys.exception()))
# Raised inside a generator while the caller handles something: chained to it.
def raiser():
    yield
    raise IndexError("from gen")
r = raiser(); next(r)
try:
    try:
        raise TypeError("caller handles")
    except TypeError:
        next(r)
except IndexError as e:
    print("context:", repr(e.__context__))
# Thrown in: not chained; through yield from too.
def inner():
    try:
        yield
    except Exception as e:
        yield ("inner", repr(e.__context__))
def outer():
    yield from inner()
o = outer(); next(o)
try:
    raise OSError("caller")
except OSError:
    print(o.throw(ValueError("thrown")))
# A generator suspended inside except while another is thrown in: the thrown one escapes
# with the generator's exception as context.
def suspended():
    try:
        raise KeyError("gen's own")
    except KeyError:
        yield
s = suspended(); next(s)
try:
    s.throw(RuntimeError("thrown"))
except RuntimeError as e:
    print("escaped:", repr(e), "context:", repr(e.__context__))
