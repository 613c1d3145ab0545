# f-strings with nested format specs, `=` and conversions; str.format specs;
# comprehension scopes (class bodies, loop variables), generator expressions, walrus,
# unpacking errors, argument evaluation order, precedence corners.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = 12.3456; n = 255; s = 'abc'; w = 12; p = 2
print(f'{x:{w}.{p}f}|{x:<{w}.{p}e}|{n:#0{w}x}|{s:{"*"}^{w}}|{n:{"+"}}|{x:{"."}{p}}|')
print(f'{x=:{w}.{p}f}|{s=:>{w}}|{n = :#x}|{s!r:>8}|{s!s:<6}|{s!a}|{x!r:>12}|{[1, 2]!s:>10}|')
print(f'{"a" "b"}', f'{n:_b}', f'{n:,}', f'{-n:08,}', f'{1e6:,.1f}', f'{12345.6789:_.3f}', f'{0.000123:.2e}', f'{n:c}', f'{-0.0:+.1f}', f'{-0.001:z.1f}', f'{1.5:=+8.2f}', f'{-42:=8}', f'{42:^+8}')
d = {'k': [1, {'z': 'deep'}]}
print(f"{d['k'][1]['z']}", f'{d["k"]!r}', f'{(lambda v: v * 2)(3)}', f'{n if n > 3 else 0}', f'{",".join(["a", "b"])}', f'{x:.{p}%}', f'{n:{w}}', f'{s:.2}', f'{s:>{w}.{p}}')
print(f'{{literal}} {n}{{', f'{n}' f'{s}', f'a{{b}}c', f'{3!r:}', f'{"{}"}', f'{n:{{}}}' if False else 'skip')
print('{:{}{}}'.format(3.14159, '.', 3), '{0:{1}}'.format('x', 5), '{a[0]}{b.real}'.format(a=[7], b=2), '{:%}'.format(0.25), '{!r:^9}'.format('q'), '{0}{0}'.format('r'), '{:,d}'.format(10**9), '{:e}'.format(0), '{:g}'.format(1e-5), '{:.3g}'.format(1234.5), '{:#.3g}'.format(1.0), '{:n}'.format(1234))
t(lambda: f'{x:{w}.{p}d}')
t(lambda: '{:,s}'.format('a'))
t(lambda: format(1.5, ',x'))
t(lambda: format('a', '=5'))
t(lambda: format(5, '.2d'))
t(lambda: format(5, 'c') + format(2**31, 'c') if False else format(-1, 'c'))
print(format(123, ''), format(1.0, ''), format(1e16, ''), format(1.5, 'g'), format(float('inf'), '>6'), format(float('nan'), 'E'), format(True, 'x'), format(-0.0, 'g'), format(2**100, ','), format(1/3, '.20f'))
# comprehension scoping
class K:
    v = 5
    lst = [i for i in range(3)]
    pairs = [(i, j) for i in range(2) for j in range(2)]
print(K.lst, K.pairs)
i = 'outer'
r = [i for i in range(3)]
print(i, r)
print([(a, b) for a in range(3) if a for b in range(a) if b >= 0])
print({k: [v for v in range(k)] for k in range(3)}, {(a, b) for a in 'ab' for b in 'c'} == {('a', 'c'), ('b', 'c')})
g = (a * a for a in range(4))
print(next(g), list(g), list(g))
print(sum(a for a in range(5) if a % 2), max(len(w) for w in ['a', 'abc']), sorted((v for v in [3, 1, 2]), reverse=True))
t(lambda: [y for y in 5])
nested = [[1, 2], [3], []]
print([v for row in nested for v in row], [[v * 2 for v in row] for row in nested], [row for row in nested if row])
print([v for v in (lambda: [1, 2])()], list(map(lambda q: q + 1, (z for z in [1]))))
def gen_scope():
    base = 10
    return [base + k for k in range(3)], (lambda: [base * k for k in range(2)])()
print(gen_scope())
# walrus in comprehension
data = [1, 5, 2, 8]
print([y for v in data if (y := v * 2) > 4], y)
# star assignment more
first, *middle, last = range(6); print(first, middle, last)
*init, = 'xyz'; print(init)
(a, b), (c, *d) = 'ab', 'cde'; print(a, b, c, d)
t(lambda: exec('pass') if False else None)
def too_many():
    a, b = 1, 2, 3
t(too_many)
def too_few():
    a, b, *c, d = [1, 2]
t(too_few)
def not_iter():
    a, b = None
t(not_iter)
def str_unpack():
    a, b = 'abc'
t(str_unpack)
def dict_unpack():
    a, b = {'x': 1, 'y': 2}
    return a, b
t(dict_unpack)
def set_unpack():
    (a,) = {42}
    return a
t(set_unpack)
# chained assignment with unpacking
a = b, c = 1, 2
print(a, b, c)
# augmented on subscript with slices
lst = [1, 2, 3, 4]
lst[1:3] += [9]
print(lst)
lst[::2] = lst[1::2] + [0]
print(lst)
# conditional expressions nesting and lambda in default
fn = lambda n, acc=1: acc if n <= 1 else fn(n - 1, acc * n)
print(fn(10), (lambda: (yield))().__class__.__name__ if False else 'gen', (lambda *a, **k: (a, k))(1, *[2], k=3, **{'j': 4}))
# keyword argument evaluation order
order = []
def rec(v):
    order.append(v)
    return v
def kf(*a, **k): return a, k
kf(rec(1), rec(2), z=rec(3), *[rec(4)], **{'y': rec(5)})
print(order)
# comparison chains with different types
print(1 < 2.5 < 3, 'a' < 'b' < 'c', [1] < [2] < [3], (1,) <= (1,) < (1, 0), 1 == 1.0 == True != 2, 0 < True < 2)
print(None is not False, [] == [])
# operator precedence with bitwise and comparisons
print(1 | 2 == 3, (1 | 2) == 3, 1 & 3 < 2, not 1 < 2, -3 ** 2, (-3) ** 2, 2 ** -1 ** 2, ~-1, - -1, 5 % 3 * 2, 5 * 3 % 4, 7 - -2, 1 + 2 << 1, 8 >> 1 + 1)
print(True and 0 or 'x', False or None, 0 and 1 / 0, 1 or 1 / 0, [] or {} or 0, 'a' and 'b')
print(3 if True else 4 if False else 5, (lambda: 1 if False else 2)(), [1, 2][True], 'ab'[-True])
