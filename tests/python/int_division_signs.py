# Floor division, modulo, divmod, shifts and rounding follow CPython's sign rules:
# a == (a // b) * b + a % b, and a % b has the sign of b.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    q, r = a // b, a % b
    assert (q, r) == divmod(a, b)
    assert q * b + r == a
    print(f"{a:3} // {b:2} = {q:3}   {a:3} % {b:2} = {r:3}")

# Same rules with big ints on either side.
big = 10 ** 25 + 3
for a, b in [(big, 7), (-big, 7), (big, -7), (-big, -7), (7, big), (-7, big), (7, -big)]:
    q, r = divmod(a, b)
    assert q * b + r == a
    print(q, r)

# Floats follow the same sign rules.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (-1, 0.3)]:
    print(a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 5 % -0.5, -5 % 0.5)

# Division by zero.
cases = [
    ("7 // 0", lambda: 7 // 0),
    ("7 % 0", lambda: 7 % 0),
    ("divmod(7, 0)", lambda: divmod(7, 0)),
    ("7 / 0", lambda: 7 / 0),
    ("7.0 // 0", lambda: 7.0 // 0),
    ("7.0 % 0.0", lambda: 7.0 % 0.0),
    ("7 / 0.0", lambda: 7 / 0.0),
    ("0 ** -1", lambda: 0 ** -1),
    ("10 ** 30 // 0", lambda: 10 ** 30 // 0),
]
for text, thunk in cases:
    try:
        print(text, "=", thunk())
    except ZeroDivisionError as e:
        print(text, "-> ZeroDivisionError:", e)

# True division always gives a float.
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 1 / 3, 2 / 3, 10 ** 20 / 10 ** 10)

# Shifts: right shift floors.
for n in [37, -37, 1, -1, 0]:
    print(n, n >> 1, n >> 3, n << 3, n >> 64)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)

# Bitwise ops on negatives use infinite two's complement.
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5, -1 & 0xFF, -256 & 0xFF, 12 & -8)

# Exponentiation signs and types.
print((-2) ** 3, (-2) ** 2, 2 ** -2, (-2) ** -3, (-8) ** 3, 8 ** (1 / 3))
print(0 ** 0, 0.0 ** 0, 10 ** 0, type(2 ** -1).__name__)

# round() uses banker's rounding for halves.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001)])
print(round(7, -1), round(15, -1), round(25, -1), round(-25, -1), round(123456, -3))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-1.25, 1))
print(round(5.5), type(round(5.5)).__name__, round(5.5, 0), type(round(5.5, 0)).__name__)

# abs and negation of the extremes of 64 bits.
m = -(2 ** 63)
print(abs(m), -m, m // -1, m % -1, divmod(m, -1))
