# Annotations (parameters, return, variables with and without values, attributes,
# subscripts), parenthesized with-items, line continuations, soft keywords as names.
from math import sqrt
def f(a: int, b: 'str' = 'x', *args: int, c: float = 1.5, **kw: dict) -> str:
    """Docstring."""
    return f'{a}{b}{args}{c}{kw}'
print(f(1), f(2, 'y', 3, c=2.0, z=1), f.__name__, f.__doc__)
x: int = 5
y: list
print(x)
try:
    print(y)
except NameError as e:
    print('NameError', e)
class P:
    a: int = 1
    b: str
    def m(self) -> 'P':
        self.c: int = 3
        return self
print(P.a, P().m().c, hasattr(P, 'b'))
def g():
    z: int
    z = 4
    w: float = 2.5
    return z, w
print(g())
lst = [0]
lst[0]: int = 9
print(lst)
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, *a): print('exit', self.n)
with (CM(1) as a, CM(2) as b):
    print(a, b)
with (CM(3)):
    pass
with (CM(4) as c,):
    print(c)
if __name__ == '__main__':
    print('main'); print('semi'); v = 1; print(v)
total = 1 + \
    2 + \
    3
print(total, (1 +
  2), [1,
  2,
  ], {'a':
  1})
def outer():
    def inner(q: int = sqrt(4)) -> float:
        return q
    return inner()
print(outer())
lam = lambda: (yield)
print(type(lam()).__name__)
async_name = 'async'
print(async_name, 'match', 'case', 'type')
match = 5
case = 6
print(match + case)
