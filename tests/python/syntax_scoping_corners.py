# Scoping corners: closures over loop variables, late binding, deleted cells, nonlocal,
# class bodies (methods do not see class names; comprehensions see only their iterable),
# walrus in comprehensions, nested globals, unbound locals and free variables.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def outer():
    fs = [lambda: i for i in range(3)]
    gs = [(lambda j: lambda: j)(i) for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(outer())
def late():
    def inner(): return v
    v = 1
    r1 = inner()
    v = 2
    return r1, inner()
print(late())
def cell_del():
    v = 1
    def inner(): return v
    del v
    return inner
t(lambda: cell_del()())
def nl():
    a = 0
    def inc():
        nonlocal a
        a += 1
        return a
    inc(); inc()
    return a, inc
r = nl()
print(r[0], r[1](), r[1]())
class K:
    a = 1
    b = [a for _ in range(2)] if False else None
    c = (lambda: a) if False else None
    def m(self): return a if False else K.a
t(lambda: K.m(K()))
class K2:
    v = 10
    def get(self):
        return v
v = 'global v'
print(K2().get())
def shadow():
    x = 'local'
    class C:
        x = 'class'
        def m(self): return x
        y = x
    return C().m(), C.y
print(shadow())
def genexp_scope():
    n = 3
    return list(x * n for x in range(n))
print(genexp_scope())
def comp_in_class():
    class C:
        n = 2
        lst = [i for i in range(3)]
        try:
            bad = [n for i in range(2)]
        except NameError as e:
            err = str(e)
    return C.lst, C.err
print(comp_in_class())
counter = 0
def glob_inc():
    global counter
    counter += 1
    def nested():
        global counter
        counter *= 10
    nested()
glob_inc(); print(counter)
def ub():
    try:
        print(q)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    q = 1
ub()
def free_ub():
    def inner(): return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
free_ub()
def walrus_scope():
    [y := k for k in range(3)]
    return y
print(walrus_scope())
def default_eval():
    vals = []
    for i in range(3):
        def f(i=i): return i
        vals.append(f)
    return [f() for f in vals]
print(default_eval())
def rec_closure():
    def fact(n): return 1 if n < 2 else n * fact(n - 1)
    return fact(10)
print(rec_closure())
x = 'g'
def f1():
    x = 'f1'
    def f2():
        def f3(): return x
        return f3()
    return f2()
print(f1())
