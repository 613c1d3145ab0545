# Expressions: precedence, chained comparisons (evaluated once, short-circuit), conditional
# expressions, lambdas, * and ** in calls, slices with steps, comprehensions, f-strings,
# walrus, starred displays, and the TypeError/ZeroDivisionError messages of bad operands.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# precedence
print(2 + 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, not 1 == 2, 1 | 2 ^ 3 & 4, 1 << 2 + 1)
print(~5, -~5, +-3, 7 // 2 * 3, 2 ** 3 ** 2, 10 - 3 - 2, 100 / 10 / 5, 1 if 0 else 2 if 0 else 3)
print(not 0 and 1 or 2, 0 or [] or {} or 'x', 1 and 0 and 2, None or 0)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 1 < 2 > 0, 3 > 2 == 2, 'a' < 'b' <= 'b' != 'c')
print(1 in [1, 2] in [[1, 2]], 2 not in [1], [] is not None, None is None)
x = [0]
def side(v):
    x[0] += 1
    return v
print(side(1) < side(2) < side(0) < side(5), x)
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))
print((lambda *a: a)(), (lambda **k: sorted(k.items()))(a=1, b=2))
f = lambda x: lambda y: x + y
print(f(1)(2))
def g(*args, **kw): return args, sorted(kw.items())
print(g(*[1, 2], *(3,), 4, **{'a': 1}, b=2, **{'c': 3}))
print(g(*'ab', *range(2)))
t(lambda: g(**{'a': 1}, a=2))
t(lambda: g(**{1: 2}))
t(lambda: g(*1))
t(lambda: g(**[1]))
def h(a, b, c=3): return a, b, c
t(lambda: h(1))
t(lambda: h(1, 2, 3, 4))
t(lambda: h(1, 2, a=3))
t(lambda: h(1, 2, d=3))
t(lambda: h(c=1, b=2, a=0))
# slices
s = list(range(10))
print(s[::-1], s[::2], s[1::3], s[8:2:-2], s[-3:], s[:-3], s[-1:-5:-1], s[100:], s[-100:2], s[5:1])
print(s[::-3], s[2:8:-1], s[:2:-2], 'hello'[::-1], 'hello'[-2::-2], (1, 2, 3)[::-1], range(10)[::-2])
t(lambda: s[::0])
t(lambda: s['a'])
t(lambda: s[1.0])
t(lambda: s[10])
t(lambda: s[-11])
t(lambda: 'abc'[3])
t(lambda: s[1:'a'])
print(s[None:None:None], s[True], s[True:3])
# comprehensions
print([x * y for x in range(3) for y in range(x) if y % 2 == 0])
print({x: x * x for x in range(4)}, {x % 3 for x in range(10)}, [[y for y in range(x)] for x in range(3)])
print(list(x for x in 'abc'), sum(x for x in range(5)), [(lambda: i)() for i in range(3)])
print([i for i in range(10) if i % 2 if i % 3], {k: v for k, v in zip('ab', [1, 2])})
y = 10
print([y for _ in range(2)], [x for x in [y]])
# conditional expression
print('a' if [] else 'b', 1 if 1 else 1 / 0)
# f-strings
v = 3.14159; n = 42; s2 = 'hi'
print(f'{v:.2f} {n:05d} {s2!r} {s2!s:>5} {n=} {v = :.1f} {s2=!r} {n:{"<"}{8}} {v:{10}.{3}}|')
print(f'{n:#x} {n:b} {n:,} {1234567.891:,.2f} {"{"} {{}} {n!r:>4} {[1,2]} { {"a": 1}["a"]}')
w = 10; p = 3
print(f'{v:{w}.{p}f}|{v:>{w}}|{n:{"^"}{w}}|{s2:*^{w}}|')
print(f'{n = }', f'{n=:>5}', f'{ n }', f'{n!a}', f"{'nested' + f'{n}'}")
print(f'''{
n
}''')
print(f'{3+4=}', f'{s2 .upper()=}')
t(lambda: f'{n:q}')
t(lambda: f'{s2:d}')
t(lambda: f'{v:x}')
print(f'{None!r}', f'{None}', f'{True:d}', f'{True}', f'{1e20:g}', f'{-0.0}')
# walrus
if (m := 5) > 3: print(m)
print([z := 2, z * 3])
# starred in literals
print([*range(3), *'ab'], (*[1], 2), {*[1, 2], 3}, {**{'a': 1}, 'b': 2, **{'a': 3}})
# ellipsis etc
print(..., type(...).__name__)
# bool arithmetic
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True & False, True | False, True ^ True)
# chained string ops
print('ab' * 3, 3 * 'ab', [1] * 3, 0 * [1], -1 * 'a', (1,) * 2)
print('%s-%d' % ('a', 3), 'x' 'y', 'a' + 'b')
# conditional lambda default late binding
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
# unary on various
print(-(3.5), +True, abs(-True), not [], not [0])
print(1 < 2 and 2 < 3, (1, 2) < (1, 3), [1, 2] < [1, 2, 0], 'abc' < 'abd', (1, 'a') < (1, 'b'))
t(lambda: 1 < 'a')
t(lambda: [1] < (1,))
t(lambda: None < None)
t(lambda: {} < {})
t(lambda: 1 + 'a')
t(lambda: 'a' + 1)
t(lambda: [] + ())
t(lambda: -'a')
t(lambda: ~1.5)
t(lambda: 'a' * 1.5)
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -1)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 1.5 << 1)
t(lambda: 1 & 1.0)
