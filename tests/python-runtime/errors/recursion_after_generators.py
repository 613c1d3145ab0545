# Generators that raise, close and delegate leave the recursion count as it was: plain
# recursion afterwards stops exactly where CPython stops.
def g():
    yield 1
    raise ValueError("x")
def h():
    try:
        yield 1
    finally:
        pass
for i in range(10000):
    it = g()
    next(it)
    try:
        next(it)
    except ValueError:
        pass
    k = h(); next(k); k.close()
    k2 = h(); next(k2)
    try:
        k2.throw(KeyError("q"))
    except KeyError:
        pass
    def d():
        yield from g()
    try:
        list(d())
    except ValueError:
        pass
def f(n): return f(n + 1)
f(0)
