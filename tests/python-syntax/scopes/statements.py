def f(a, b=1, *args, c, d=2, **kwargs):
    e: int = 1
    f: str
    (g): int = 2
    h.attr: int = 3
    del a
    for i, (j, *k) in args:
        pass
    with open(b) as (l, m):
        pass
    try:
        pass
    except Exception as n:
        pass
    o = p = q = 0
    r += 1
    [s, t] = u
    return v

def params(a, /, b, *, c):
    return a, b, c

async_ = 1

def defaults(a=x, *, b=y) -> ret:
    pass

@decorator
def decorated():
    pass

lam = lambda a, *b, c=z, **d: (a, b, c, d, e)
