# In-place operator dunders (__iadd__ and friends), their fallback to the binary
# operators, and the subclass-first rule for reflected operators.

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __add__(self, other):
        print("  __add__")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __iadd__(self, other):
        print("  __iadd__")
        for r1, r2 in zip(self.rows, other.rows):
            for i in range(len(r1)):
                r1[i] += r2[i]
        return self

    def __mul__(self, k):
        print("  __mul__")
        return Matrix([[a * k for a in r] for r in self.rows])

m = Matrix([[1, 2], [3, 4]])
alias = m
m += Matrix([[10, 10], [10, 10]])
print(m, m is alias)
m = m + Matrix([[1, 1], [1, 1]])
print(m, m is alias)
# No __imul__: *= falls back to __mul__ and rebinds.
before = m
m *= 2
print(m, m is before)

class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self

    def __isub__(self, k):
        self.n -= k
        return self

    def __imul__(self, k):
        self.n *= k
        return self

    def __ifloordiv__(self, k):
        self.n //= k
        return self

    def __imod__(self, k):
        self.n %= k
        return self

    def __ipow__(self, k):
        self.n **= k
        return self

    def __itruediv__(self, k):
        self.n /= k
        return self

    def __ilshift__(self, k):
        self.n <<= k
        return self

    def __irshift__(self, k):
        self.n >>= k
        return self

    def __iand__(self, k):
        self.n &= k
        return self

    def __ior__(self, k):
        self.n |= k
        return self

    def __ixor__(self, k):
        self.n ^= k
        return self

c = Counter()
steps = []
c += 7;  steps.append(c.n)
c -= 2;  steps.append(c.n)
c *= 6;  steps.append(c.n)
c //= 4; steps.append(c.n)
c **= 2; steps.append(c.n)
c %= 10; steps.append(c.n)
c <<= 4; steps.append(c.n)
c >>= 1; steps.append(c.n)
c |= 3;  steps.append(c.n)
c &= 14; steps.append(c.n)
c ^= 5;  steps.append(c.n)
c /= 4;  steps.append(c.n)
print(steps)

# __iadd__ returning NotImplemented falls back to __add__, then __radd__.
class Picky:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        if isinstance(other, Picky):
            self.v += other.v
            return self
        return NotImplemented

    def __add__(self, other):
        return Picky(self.v + other)

    def __repr__(self):
        return f"Picky({self.v})"

p = Picky(1)
q = p
p += Picky(2)
print(p, p is q)
p += 10
print(p, p is q)

# In-place operators on items and attributes use the same protocol.
class Holder:
    pass

h = Holder()
h.m = Matrix([[0]])
h.m += Matrix([[5]])
items = [Matrix([[1]])]
items[0] += Matrix([[2]])
print(h.m, items)

# If neither side supports the operation, the TypeError names the in-place operator.
class Nothing:
    pass

n = Nothing()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
try:
    n -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    n @= 1
except TypeError as e:
    print("TypeError:", e)

# Reflected operator of a subclass of the left operand's type is tried first.
class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __add__(self, other):
        return f"Celsius.__add__ -> {self.deg + other.deg}"

    def __radd__(self, other):
        return f"Celsius.__radd__ -> {self.deg + other.deg}"

class PreciseCelsius(Celsius):
    def __radd__(self, other):
        return f"PreciseCelsius.__radd__ -> {self.deg + other.deg}"

print(Celsius(1) + PreciseCelsius(2))
print(PreciseCelsius(1) + Celsius(2))

# int subclass with reflected operators: the subclass wins against plain ints.
class Tagged(int):
    def __radd__(self, other):
        return f"Tagged.__radd__({other})"

    def __add__(self, other):
        return f"Tagged.__add__({other})"

print(1 + Tagged(5), Tagged(5) + 1, Tagged(2) + Tagged(3))
