# A Fraction class: normalisation, arithmetic with ints and other fractions (forward and
# reflected), comparisons, hashing consistent with ints, conversions, and uses.

import math

class Fraction:
    def __init__(self, numerator=0, denominator=1):
        if isinstance(numerator, str):
            if "/" in numerator:
                a, b = numerator.split("/")
                numerator, denominator = int(a), int(b)
            else:
                numerator = int(numerator)
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self.n = numerator // g
        self.d = denominator // g

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o - self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o / self

    def __pow__(self, k):
        if k >= 0:
            return Fraction(self.n ** k, self.d ** k)
        return Fraction(self.d ** -k, self.n ** -k)

    def __neg__(self):
        return Fraction(-self.n, self.d)

    def __abs__(self):
        return Fraction(abs(self.n), self.d)

    def _cmp_key(self, other):
        o = self._coerce(other)
        if o is None:
            return None
        return self.n * o.d, o.n * self.d

    def __eq__(self, other):
        key = self._cmp_key(other)
        return NotImplemented if key is None else key[0] == key[1]

    def __lt__(self, other):
        key = self._cmp_key(other)
        return NotImplemented if key is None else key[0] < key[1]

    def __le__(self, other):
        key = self._cmp_key(other)
        return NotImplemented if key is None else key[0] <= key[1]

    def __gt__(self, other):
        key = self._cmp_key(other)
        return NotImplemented if key is None else key[0] > key[1]

    def __ge__(self, other):
        key = self._cmp_key(other)
        return NotImplemented if key is None else key[0] >= key[1]

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d) if abs(self.n) < 2 ** 53 else (abs(self.n) // self.d) * (1 if self.n >= 0 else -1)

    def __repr__(self):
        return f"Fraction({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, half ** 3, third ** -2)
print(1 + half, half + 1, 2 - third, third - 2, 3 * half, 1 / third, -half, abs(Fraction(-3, 4)))
print(Fraction(6, -8), Fraction("10/4"), Fraction("7"), repr(Fraction(0, 5)), Fraction(-0, -3))
print(half == Fraction(2, 4), half == 0.5, Fraction(4, 2) == 2, 2 == Fraction(4, 2), half != third)
print(half > third, third < half, half <= half, 1 > half, half < 1, sorted([half, third, Fraction(-1, 5), 1, 0]))
print(hash(Fraction(4, 2)) == hash(2), len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}), {Fraction(5, 1): "five"}[5])
print(float(third), int(Fraction(-7, 2)), int(Fraction(7, 2)), bool(Fraction(0)), bool(half))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    half < "x"
except TypeError as e:
    print("TypeError:", e)

# Harmonic numbers, exactly.
h = Fraction(0)
for k in range(1, 21):
    h += Fraction(1, k)
print("H(20) =", h, "~", round(float(h), 10))

# Egyptian fractions by the greedy algorithm.
def egyptian(f):
    parts = []
    while f.n:
        unit = Fraction(1, -(-f.d // f.n))
        parts.append(unit)
        f = f - unit
    return parts

print(" + ".join(map(str, egyptian(Fraction(4, 13)))), "|", " + ".join(map(str, egyptian(Fraction(5, 121)))))

# Continued fraction convergents of sqrt(2) and the Bernoulli numbers.
conv = Fraction(1)
for _ in range(8):
    conv = 1 + 1 / (1 + conv)
print("sqrt(2) ~", conv, float(conv))

def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    out = []
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
        out.append(a[0])
    return out

print([str(b) for b in bernoulli(12)])
print(sum([Fraction(1, 2 ** k) for k in range(1, 40)], Fraction(0)))
