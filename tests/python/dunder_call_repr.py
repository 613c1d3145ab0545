# __call__, __repr__ and __str__: callable objects, str() falling back to repr(),
# containers always using repr() of their items, print and f-strings.

class Polynomial:
    def __init__(self, *coeffs):          # coeffs[i] multiplies x**i
        self.coeffs = list(coeffs)

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __repr__(self):
        return f"Polynomial{tuple(self.coeffs)!r}"

    def __str__(self):
        terms = []
        for power, c in enumerate(self.coeffs):
            if c == 0:
                continue
            if power == 0:
                terms.append(f"{c}")
            elif power == 1:
                terms.append(f"{c}x")
            else:
                terms.append(f"{c}x^{power}")
        return " + ".join(reversed(terms)) or "0"

p = Polynomial(1, -3, 0, 2)
print(p(0), p(1), p(2), [p(x) for x in range(-2, 3)])
print(p)
print(repr(p), str(p), [p], (p,), {"p": p})
print(f"{p} | {p!r} | {p!s}")
print("%s / %r" % (p, p), "{} / {!r}".format(p, p))
print(str(Polynomial()), callable(p), callable(Polynomial))

# Only __repr__: str() uses it.
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

# Only __str__: repr() and containers use the default (not printed: it has an address).
class OnlyStr:
    def __str__(self):
        return "only-str"

print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}")
o = OnlyStr()
print(o, str(o), f"{o}", repr(o).startswith("<__main__.OnlyStr object at 0x"))

# __repr__ must return a str.
class BadRepr:
    def __repr__(self):
        return 42

try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(BadRepr())
except TypeError as e:
    print("TypeError:", e)

# Callable objects with state, used where functions are expected.
class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, value, *, scale=1):
        self.total += value * scale
        return self.total

acc = Accumulator()
print(list(map(acc, [1, 2, 3])), acc(10, scale=2), acc.total)
print(sorted([3, -2, 1, -4], key=Polynomial(0, 0, 1)), Polynomial(5).__call__(99))

class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n

print(list(map(Adder(10), range(3))), sorted([3, 1, 2], key=Adder(-5)))

# Calling a non-callable instance.
try:
    OnlyRepr()()
except TypeError as e:
    print("TypeError:", e)

# Recursive reprs of user containers.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Tree({self.value!r})"
        inner = ", ".join(repr(c) for c in self.children)
        return f"Tree({self.value!r}, {inner})"

    def __str__(self):
        lines = []
        def walk(node, depth):
            lines.append("  " * depth + str(node.value))
            for child in node.children:
                walk(child, depth + 1)
        walk(self, 0)
        return "\n".join(lines)

t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
print(repr(t))
print(t)

# __call__ defined on a class is looked up on the type, not the instance.
class Greeter:
    def __call__(self):
        return "class-level call"

gr = Greeter()
gr.__call__ = lambda: "instance attribute"
print(gr(), gr.__call__())
