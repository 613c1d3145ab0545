# Rich comparisons: all six dunders, reflection (a < b tries b > a), the default for !=,
# sorting with __lt__, and the TypeError when no side implements an ordering.

log = []

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def _other(self, other):
        if isinstance(other, Version):
            return other.parts
        if isinstance(other, str):
            return Version(other).parts
        return None

    def __eq__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self.parts == o

    def __lt__(self, other):
        log.append(f"{self!r}<{other!r}")
        o = self._other(other)
        return NotImplemented if o is None else self.parts < o

    def __le__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self.parts <= o

    def __gt__(self, other):
        log.append(f"{self!r}>{other!r}")
        o = self._other(other)
        return NotImplemented if o is None else self.parts > o

    def __ge__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self.parts >= o

    __hash__ = None

a, b = Version("1.2.0"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == "1.2.0", a != "1.2.0", a < "2", "0.9" < a, a == 5, a != 5)
print(log)
log.clear()

# Reflection: str < Version has no str.__lt__ for Version, so Version.__gt__ runs.
print("1.0" < a, log)
log.clear()
print(sorted([Version("2.0"), Version("1.0.1"), Version("1.0"), Version("0.9.9")]))
print(max([Version("3.1"), Version("3.10"), Version("3.9")]), min(Version("1.1"), Version("1.01")))
print(len(log) > 0)

# Only __eq__ defined: != is derived from it; ordering fails.
class Token:
    def __init__(self, kind):
        self.kind = kind

    def __eq__(self, other):
        return isinstance(other, Token) and self.kind == other.kind

t1, t2, t3 = Token("x"), Token("x"), Token("y")
print(t1 == t2, t1 != t2, t1 == t3, t1 != t3, t1 == "x", t1 in [t3, t2], [t1].index(t2))
try:
    t1 < t2
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([t1, t3])
except TypeError as e:
    print("TypeError:", e)

# Only __lt__ defined: > is answered by the reflected __lt__; <= and >= are not.
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __lt__(self, other):
        return self.kg < other.kg

    def __repr__(self):
        return f"{self.kg}kg"

w1, w2 = Weight(5), Weight(7)
print(w1 < w2, w1 > w2, w2 > w1, sorted([w2, w1, Weight(6)]))
try:
    w1 <= w2
except TypeError as e:
    print("TypeError:", e)

# Without __eq__, == is identity.
class Plain:
    pass

p = Plain()
print(p == p, p == Plain(), p != Plain(), p in [Plain()], p in [p])

# Comparison methods can return non-bools.
class Symbolic:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        return f"({self.name} < {other})"

    def __eq__(self, other):
        return f"({self.name} == {other})"

    def __bool__(self):
        raise TypeError("symbolic value has no truth value")

s = Symbolic("x")
print(s < 3, s == 4, 5 > s)
try:
    if s:
        pass
except TypeError as e:
    print("TypeError:", e)

# Chained comparisons call each comparison once and stop at the first false one.
calls = []

class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        calls.append((self.n, other.n))
        return self.n < other.n

print(Loud(1) < Loud(2) < Loud(3), calls)
calls.clear()
print(Loud(3) < Loud(2) < Loud(1), calls)
