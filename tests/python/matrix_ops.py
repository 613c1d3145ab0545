# A Matrix class with operator dunders: addition, scalar and matrix multiplication (@),
# transpose, exact determinant and inverse with a hand-written Fraction, powers, identity.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __eq__(self, o):
        o = Frac.of(o)
        return self.num == o.num and self.den == o.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged rows")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError(f"shape mismatch {self.n}x{self.m} + {other.n}x{other.m}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        cols = other.transpose().rows
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix(list(zip(*self.rows))) if self.rows else Matrix([])

    def determinant(self):
        a = [[Frac.of(x) for x in r] for r in self.rows]
        n, det = self.n, Frac(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return Frac(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det = det * a[col][col]
            for r in range(col + 1, n):
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
        return det

    def inverse(self):
        n = self.n
        a = [[Frac.of(x) for x in r] + [Frac(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                raise ValueError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col] != 0:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([r[n:] for r in a])

    def __repr__(self):
        cells = [[repr(x) for x in r] for r in self.rows]
        width = max((len(c) for r in cells for c in r), default=0)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)

A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(A + B)
print(A @ B)
print(2 * A - B)
print(B.transpose())
print("det A =", A.determinant(), " det B =", B.determinant())
print(A.inverse())
print(A @ A.inverse() == Matrix.identity(3), B.inverse() @ B == Matrix.identity(3))
F = Matrix([[1, 1], [1, 0]])
print((F ** 90)[0, 1], (F ** 10))
print(Matrix.identity(4) ** 5 == Matrix.identity(4))
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ValueError as e:
    print("ValueError:", e)
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print("ValueError:", e)
H = Matrix([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det:", H.determinant())
print(H.inverse())
