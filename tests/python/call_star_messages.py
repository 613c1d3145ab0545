# The TypeErrors of * and ** in calls and displays name the function as CPython does
# (module.qualname, builtins bare), and only where CPython names it.
n = 5
try:
    [*n]
except TypeError as e: print(e)
try:
    {*n}
except TypeError as e: print(e)
def f(*a): pass
class C:
    def m(self, *a): pass
try:
    f(*n)
except TypeError as e: print(e)
try:
    C().m(*n)
except TypeError as e: print(e)
try:
    C.m(1, *n)
except TypeError as e: print(e)
try:
    len(*n)
except TypeError as e: print(e)
def f(**k): pass
class C:
    def m(self, **k): pass
for call in (lambda: f(**5), lambda: f(a=1, **{"a": 2}), lambda: C().m(**5), lambda: len(**5), lambda: C(**5), lambda: print(**{"sep": 1}, sep=2)):
    try:
        call()
    except TypeError as e: print(e)
