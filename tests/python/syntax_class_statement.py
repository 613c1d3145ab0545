# The class statement: bases from any expression (starred too), body statements running
# in the class namespace (loops, del, nested classes, comprehensions seeing globals),
# decorators applied bottom-up, classes made in functions, base errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A(): pass
class B(object,): pass
bases = (A, B)
class C(*bases):
    x = 1
    y = x + 1
    def m(self): return self.x
    class Inner:
        z = 3
    for i in range(3):
        x += i
    del i
    if x > 2:
        big = True
    else:
        big = False
def mk(n):
    class Local(A):
        v = n
        def get(self): return self.v + n
    return Local
print(C.x, C.y, C().m(), C.Inner.z, C.big, hasattr(C, 'i'), [k.__name__ for k in C.__mro__], mk(5)().get(), mk(1).__qualname__)
def deco1(cls):
    cls.d1 = True
    return cls
def deco2(arg):
    def d(cls):
        cls.d2 = arg
        return cls
    return d
@deco1
@deco2('two')
class D(C):
    pass
print(D.d1, D.d2, D.x, D.__bases__[0].__name__)
G = 'module'
class E:
    G = 'class'
    def f(self): return G
    lst = [G for _ in range(1)]
    global GG
    GG = 'set from class'
print(E().f(), E.lst, GG)
t(lambda: type('X', (A, A), {}))
def bad_base3():
    class X(bool): pass
t(bad_base3)
class F(A, B): pass
def mro_err():
    class X(A, F): pass
t(mro_err)
