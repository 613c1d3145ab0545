def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except GeneratorExit:
        print("exit")
        raise
    finally:
        print("gen finally")
g = gen()
print(next(g), g.send("s"))
g.close()
print(list(x * x for x in range(5) if x % 2), sum(x for x in range(10)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def inner():
    v = yield "a"
    return v * 2
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send(21))
def stopper():
    yield 1
    return 5
s = stopper()
next(s)
try:
    next(s)
except StopIteration as e:
    print("stop value", e.value)
def bad():
    raise StopIteration
    yield
try:
    list(bad())
except RuntimeError as e:
    print("RT", e)
gx = (i for i in range(3))
print(next(gx), list(gx), list(gx))
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "dflt"))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
t = thrower()
next(t)
print(t.throw(ValueError("v")))
def g3():
    yield 1
x = g3()
print(type(x).__name__, iter(x) is x, x.__next__())
try:
    raise ValueError("a")
except ValueError:
    try:
        raise KeyError("b")
    except KeyError as e:
        print(repr(e.__context__))
def ret_in_finally():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(ret_in_finally())
try:
    try:
        raise ValueError("x")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer", e)
def nested():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return err
print(type(nested()).__name__)
try:
    raise Exception("multi", 1, 2)
except Exception as e:
    print(e, e.args, str(e), repr(e))
print(repr(ValueError()), str(KeyError("k")), str(KeyError()), repr(StopIteration(3)))
