def f():
    pass
def f(a):
    return a
def f(a, b=1, *args, c, d=2, **kwargs):
    return a, b, args, c, d, kwargs
def f(a, b, /, c, d, *, e, f):
    pass
def f(a, b=1, /, c=2):
    pass
def f(a, /):
    pass
def f(*, a):
    pass
def f(*args, **kwargs):
    pass
def f(a, *, b=1, c):
    pass
def f(a,):
    pass
def f(
    a,
    b,
):
    pass
def f(a: int, b: str = "x", *args: tuple, c: float, **kw: dict) -> None:
    pass
def f(*args: *Ts):
    pass
def f() -> "forward":
    return
@decorator
def f():
    pass
@a
@b.c
@d(e, f=g)
@h[0]
@(lambda fn: fn)
@x if y else z
def f():
    pass
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    x = yield 1
    yield from range(3)
    x = yield from g()
    await_ = (yield)
    return (yield)
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
        return x
    return inner
def f(): return 1
def f(): x = 1; return x
def f(a, b=lambda: 0, *, c=[1, 2]): pass
def f(a=(yield_)): pass
