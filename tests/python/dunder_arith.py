# Arithmetic dunders: forward, reflected and unary operators, NotImplemented fallbacks,
# and the TypeErrors when neither side handles an operation.

class Vec:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return "Vec" + repr(self.c)

    def _coerce(self, other):
        if isinstance(other, Vec):
            if len(other.c) != len(self.c):
                raise ValueError("dimension mismatch")
            return other.c
        if isinstance(other, (int, float)):
            return (other,) * len(self.c)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, o)))

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self.c, o)))

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(b - a for a, b in zip(self.c, o)))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))      # dot product
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.c))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))

    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))

    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))

    def __pow__(self, n):
        return Vec(*(a ** n for a in self.c))

    def __rpow__(self, base):
        return Vec(*(base ** a for a in self.c))

    def __neg__(self):
        return Vec(*(-a for a in self.c))

    def __pos__(self):
        return Vec(*(+a for a in self.c))

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __matmul__(self, other):
        return f"{self!r} @ {other!r}"

    def __and__(self, other):
        return Vec(*(min(a, b) for a, b in zip(self.c, other.c)))

    def __or__(self, other):
        return Vec(*(max(a, b) for a, b in zip(self.c, other.c)))

    def __xor__(self, other):
        return "xor"

    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))

    def __rshift__(self, n):
        return self << -n

    def __invert__(self):
        return Vec(*reversed(self.c))

v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, v - w, v + 10, 10 + v, 10 - v, v - 1)
print(v * 2, 2 * v, v * w, v * 0.5, v / 2, w // 4, w % 4)
print(v ** 2, 2 ** v, -v, +v, abs(Vec(3, 4)), ~v, v << 1, v >> 1)
print(v @ w, v & Vec(3, 0, 3), v | Vec(0, 9, 0), v ^ w)
print(sum([v, w, Vec(1, 1, 1)]), sum([v, w], Vec(0, 0, 0)))

# NotImplemented from both sides becomes TypeError.
for expr, thunk in [("v + 'a'", lambda: v + "a"), ("'a' + v", lambda: "a" + v),
                    ("v * 'a'", lambda: v * "a"), ("v - None", lambda: v - None),
                    ("[] - v", lambda: [] - v), ("v < w", lambda: v < w)]:
    try:
        print(expr, "=", thunk())
    except TypeError as e:
        print(expr, "-> TypeError:", e)
try:
    v + Vec(1, 2)
except ValueError as e:
    print("ValueError:", e)

# A class with only reflected methods.
class Meters:
    def __init__(self, m):
        self.m = m

    def __radd__(self, other):
        if isinstance(other, (int, float)):
            return Meters(other + self.m)
        return NotImplemented

    def __rmul__(self, k):
        return Meters(k * self.m)

    def __repr__(self):
        return f"{self.m}m"

print(5 + Meters(3), 3 * Meters(2), 0.5 + Meters(1))
try:
    Meters(1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    Meters(1) + Meters(2)
except TypeError as e:
    print("TypeError:", e)

# The reflected method of a subclass wins over the base's forward method.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return f"Num.__add__({type(other).__name__})"

    def __radd__(self, other):
        return f"Num.__radd__({type(other).__name__})"

class SubNum(Num):
    def __radd__(self, other):
        return f"SubNum.__radd__({type(other).__name__})"

print(Num(1) + Num(2), Num(1) + SubNum(2), SubNum(1) + Num(2), 1 + Num(1))

# Unary operators missing.
class Plain:
    pass

for name, thunk in [("-x", lambda: -Plain()), ("abs(x)", lambda: abs(Plain())), ("~x", lambda: ~Plain())]:
    try:
        thunk()
    except TypeError as e:
        print(name, "-> TypeError:", e)

# Operations on builtins that return NotImplemented internally fall back to the other side.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return Money(self.cents + other * 100)

    def __rsub__(self, other):
        return Money(other * 100 - self.cents)

    def __rtruediv__(self, other):
        return other / self.cents

    def __rfloordiv__(self, other):
        return other // self.cents

    def __rmod__(self, other):
        return other % self.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"

print(3 + Money(50), 10 - Money(250), 100 / Money(8), 100 // Money(8), 100 % Money(8), 2.5 + Money(1))
