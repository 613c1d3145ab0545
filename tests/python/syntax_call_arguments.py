# Calls: defaults, keyword-only and positional-only parameters, *args/**kwargs, argument
# unpacking, and CPython's messages for every kind of argument mismatch.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(a=1, c=2), f(*[1, 2, 3], **{'c': 0, 'z': 1}))
t(lambda: f(1))
t(lambda: f())
t(lambda: f(1, c=1, a=2))
def kwo(*, a, b=1): return a, b
print(kwo(a=1))
t(lambda: kwo(1))
t(lambda: kwo())
t(lambda: kwo(a=1, c=2))
def pos(a, b, /, c): return a, b, c
print(pos(1, 2, c=3), pos(1, 2, 3))
t(lambda: pos(1, b=2, c=3))
def defaults(a=[]):
    a.append(1)
    return a
print(defaults(), defaults(), defaults([0]))
print(f.__name__, (lambda: 0).__name__)
def many(a, b, c, d, e, f, g, h): return a + b + c + d + e + f + g + h
print(many(*range(8)), many(1, 2, 3, 4, *[5, 6], **{'g': 7, 'h': 8}))
def noargs(): return 1
t(lambda: noargs(1))
t(lambda: noargs(x=1))
def one(a): return a
t(lambda: one())
t(lambda: one(1, 2))
t(lambda: one(1, a=2))
def two(a, b): pass
t(lambda: two())
t(lambda: two(1))
def three(a, b, c): pass
t(lambda: three(1))
t(lambda: kwo(1, 2))
def kw2(*, a, b): pass
t(lambda: kw2())
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(30))
def star_only(*a): return a
print(star_only(), star_only(*[]), star_only(*(), **{}))
t(lambda: star_only(x=1))
def kwonly(**k): return k
print(kwonly(**{'a': 1}, **{'b': 2}))
t(lambda: kwonly(1))
t(lambda: kwonly(**{'a': 1}, **{'a': 2}))
print((lambda x, /, y=1, *, z=2: (x, y, z))(0, z=5))
def doc():
    "docstring"
    return 1
print(doc())
