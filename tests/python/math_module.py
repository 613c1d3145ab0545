# The math module: constants, rounding, roots, logs, trigonometry, integer helpers, errors.
import math
from math import sqrt, pi, inf

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan, inf == math.inf)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7))
print(type(math.floor(2.5)).__name__, math.floor(10), math.ceil(7))
print(sqrt(16), sqrt(2), math.sqrt(0.25), math.isqrt(99), math.isqrt(10 ** 40))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.log(10 ** 100))
print(math.sin(0), math.cos(0), math.sin(pi / 2), math.cos(pi))
print(round(math.sin(pi), 12), math.tan(pi / 4), math.atan(1) * 4)
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.asin(1), math.acos(1), math.degrees(pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(5, 12), math.fabs(-3), math.fabs(2.5))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(-inf), math.isinf(1e308))
print(math.isfinite(1e308), math.isfinite(inf), math.isfinite(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.0001, rel_tol=1e-3))
print(math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10))

for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5),
            lambda: math.acos(2), lambda: math.factorial(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)

try:
    math.sqrt("four")
except TypeError as e:
    print("TypeError:", e)

try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)

# Integer inputs of any size work where the result fits a float.
print(math.sqrt(10 ** 30), math.floor(10 ** 20 + 0.5), math.ceil(-(10 ** 20)))

# Pythagorean triples with math.isqrt.
triples = []
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = math.isqrt(c2)
        if c * c == c2:
            triples.append((a, b, c))
print(triples)
