from math import gcd, isqrt, factorial, comb, perm, inf
import math
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m == Matrix([[1, 2], [3, 4]]), gcd(12, 18), isqrt(99), factorial(20), comb(10, 3), perm(5, 2))
try:
    hash(m)
except TypeError as e:
    print(e)
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]
print(primes(50))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print({k: v for k, v in freq.items() if v > 1}, list(zip(*[(1, 'a'), (2, 'b')])))
a, *b, c = range(6)
print(a, b, c, [*range(3), *"ab"], {**{'x': 1}, 'y': 2})
print(f"{3.14159:10.3f}|{'hi':^8}|{42:#x}|{1e-7}|{2**100}|{-0.0}|{float('nan')}|{1/3!r}")
x = 10
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
fn = outer()
print(fn(), fn(), x)
print(sorted([3, 1, 2], reverse=True), list(map(lambda t: t[0] * t[1], [(1, 2), (3, 4)])), list(filter(None, [0, 1, '', 'a'])))
print(divmod(-17, 5), -17 // 5, -17 % 5, 17 % -5, 2 ** -1, 7 / 2, int("  42 "), float("1e3"), round(0.5), round(1.5), round(-2.5))
print(str(1e16), str(1e-5), 0.1 + 0.2, 1.0, 100.0, 1e100, 123456789012345678.0, float("inf"), -float("inf"))
print(" ".join(str(i) for i in range(5)), "a-b-c".split("-", 1), "x".join(["1", "2"]), "%5.1f%%" % 12.345)
print(type(None).__name__, type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(len).__name__)
print(isinstance(True, int), issubclass(bool, int), bool([]), bool([0]), None is None, 1 == 1.0, hash(1) == hash(1.0))
s = {1, 2, 3}
s |= {4}
s -= {1}
print(s, s & {2, 9}, s ^ {2, 10}, s <= {2, 3, 4, 5}, frozenset([1, 2]) == {1, 2})
d = {1: 'a'}
d[1.0] = 'b'
d[True] = 'c'
print(d, len(d))
print(list(range(10, 0, -3)), range(5)[1:3], len(range(0, 100, 7)), 5 in range(10), range(3) == range(0, 3))
print(max("abc"), min(3, 1, 2), sum([0.1] * 10), sum([[1], [2]], []), abs(-3.5), pow(3, 4), chr(65) + chr(0x1F600))
