# Operator precedence, from lowest to highest, and associativity.
a = lambda: b if c else d
a = b if c else d if e else f
a = b or c and d or not e
a = not not a
a = b and c and d
a = b or c or d
a = (b or c) and d
a = b | c ^ d & e << f >> g + h - i * j / k // l % m @ n
a = b ** c ** d
a = -b ** c
a = (-b) ** c
a = ~b + -c - +d
a = b * (c + d)
a = b - c - d
a = b / c * d
a = b << c << d
a = b | c | d
a = b ^ c & d
a = not b == c
a = b is not c
a = b not in c
a = b in c
a = b is c
a = b != c
# Chained comparisons
a = 1 < b <= 2 == c != d > e >= f
a = b < c is d in e not in f is not g
a = x == y == z
# Unary and power corner cases
a = 2 ** -1
a = - - - b
a = + + b
a = ~~b
a = b ** -c ** d
# Conditional expressions nest to the right
a = b if c else (d if e else f)
a = (b if c else d) if e else f
# Parenthesized expressions and tuples
a = (b)
a = (b,)
a = ()
a = b,
a = b, c
a = (b, c), (d, e)
a = [b, c, *d]
a = {b, c, *d}
a = {b: c, **d, e: f}
a = {}
a = {b}
# Attributes, calls and subscripts chain left to right
a = b.c.d(e)[f].g
a = b()()
a = b[c][d]
a = (b).c
a = 1 .real
a = b.c if d else e.f
# Lambdas
a = lambda: 0
a = lambda x: x
a = lambda x, y=1, *z, w, v=2, **u: (x, y, z, w, v, u)
a = lambda *, k: k
a = lambda x, /, y: x
a = lambda x=1, /, y=2: x
a = lambda *args: args
a = lambda **kw: kw
a = lambda: (yield)
a = lambda x: lambda y: x + y
# Ellipsis and singletons
a = ...
a = None, True, False
# Walrus
if (n := len(a)) > 10:
    pass
b = [y := f(x), y ** 2]
print(x := 5)
