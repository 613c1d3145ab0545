# Generators: close and throw on a running generator, a command-driven generator with a
# return value, infinite generators consumed partially, one generator zipped with itself.
def selfclose():
    yield me.close()
me = selfclose()
try:
    next(me)
except ValueError as e:
    print("close:", e)
def selfthrow():
    yield it.throw(KeyError("x"))
it = selfthrow()
try:
    next(it)
except ValueError as e:
    print("throw:", e)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return f"stopped at {n}"
        else:
            n += 1
c = counter()
print([next(c) for _ in range(3)], c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value, e.args)
print(next(c, "done"), list(c))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import sys
f = fib()
print([next(f) for _ in range(10)], type(f).__name__)
def take(n, g):
    for i, x in enumerate(g):
        if i >= n:
            return
        yield x
print(list(take(5, fib())), sum(take(100, fib())) % 1000)
gen = (x for x in range(3))
print(list(zip(gen, gen)))
def g2():
    x = yield
    print("got", x)
    yield x * 2
q = g2(); q.send(None); print(q.send(21))
print(hasattr(q, "send"), hasattr(q, "__next__"), callable(q.close))
