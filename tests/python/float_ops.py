# Float arithmetic, mixed int/float operations and comparisons, conversions and errors.

print(0.1 + 0.2, 1.5 * 4, 7.0 - 0.5, 9 / 3.0, 2 ** 0.5, 4 ** 0.5, 8 ** -1)
print(3 + 0.0, type(3 + 0.0).__name__, 3 * 1.0 == 3, 10 / 4, 10 // 4.0, 10 % 4.0)
print(1 == 1.0, 1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 10 ** 400 > float("inf"))
print(max(1, 2.0), max(2.0, 1), min(1, 1.0), min(1.0, 1), sorted([3, 1.5, 2, 0.5, -1]))
print(abs(-2.5), -abs(2.5), abs(-0.0), round(2.567, 1), round(-2.567, 2), round(1e20, -19))

# Accumulating floats: order matters.
values = [1e16, 1.0, -1e16, 1.0]
print(sum(values), sum(sorted(values)), sum([1.0, 1e16, 1.0, -1e16]))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)

# Float to int conversions truncate toward zero; // floors.
for v in [2.5, -2.5, 2.9999999, -0.1, 1e15 + 0.5]:
    print(v, int(v), v // 1, round(v))

# Divisions and overflows.
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 * 10 == float("inf"), -1e308 * 10)

# Floats as dict keys and in sets: equal numbers are equal keys.
d = {0.5: "half", 2.0: "two"}
d[2] = "int two"
print(d, d[0.5], 2 in d, 2.0 in d, 2.5 in d)
print({1.0, 1, 2.0, 2, 0.5} == {1, 2, 0.5}, len({1.0, 1, True}))

# Numerical integration and Newton's method.
def integrate(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)

print(integrate(lambda x: x * x, 0, 1, 1000))
print(integrate(lambda x: 1 / x, 1, 2, 100))

def newton_sqrt(x, tolerance=1e-12):
    guess = x / 2 if x > 1 else 1.0
    steps = 0
    while abs(guess * guess - x) > tolerance * x:
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps

for x in [2, 10, 1e6, 0.25]:
    print(x, *newton_sqrt(x))

# Compound interest table.
principal = 1000.0
for year in range(1, 6):
    principal *= 1.05
    print(year, principal, f"{principal:.2f}")

print(float.__name__, isinstance(1.0, float), isinstance(1, float), isinstance(True, int))
