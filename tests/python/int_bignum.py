# Arbitrary-precision integers: growth past 64 bits, arithmetic, conversion, comparison.

def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

f100 = factorial(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)))
print(f100 // factorial(98), f100 % 1000003, f100 % -1000003)

print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1 + 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, 4611686018427387904 * 2, 3037000500 * 3037000500)
print(-9223372036854775808 // -1, abs(-9223372036854775808), -(-9223372036854775808))
print(2 ** 1000 % 10 ** 9, 3 ** 200)
print((2 ** 128 + 1) * (2 ** 128 - 1) == 2 ** 256 - 1)
print(12345678901234567890 * 98765432109876543210)
print(10 ** 40 // 7, 10 ** 40 % 7, divmod(10 ** 40, -7))
print(-(10 ** 40) // 7, -(10 ** 40) % 7)

# Mixing small and big ints in comparisons and containers.
big = 2 ** 100
print(big > 2 ** 99, big == 2 ** 100, big < 0, -big < -(2 ** 99), big != big + 1)
print(sorted([big, -big, 0, 2 ** 64, -(2 ** 64), 5]))
print(max(big, 3), min(-big, 3), abs(-big) == big)
d = {2 ** 70: "a", 2 ** 70 + 1: "b"}
print(d[2 ** 70], d[1180591620717411303425])

# Results that come back down into the small range stay correct.
print((2 ** 100 + 5) - 2 ** 100, (2 ** 100) // (2 ** 98), 2 ** 100 // 2 ** 100)
print(int(2 ** 64 // 3 * 3 == 2 ** 64 - 1))

# Bitwise operations on big and negative ints.
print(2 ** 100 | 1, (2 ** 100 + 7) & 0xFF, 2 ** 100 ^ 2 ** 99, ~(2 ** 100))
print(-(2 ** 100) & 0xFFFF, -(2 ** 70) | 1, (-(2 ** 70)) ^ (2 ** 70))
print(1 << 100, (1 << 100) >> 98, -(1 << 100) >> 99, -1 >> 100, 5 << 0)

# Conversions.
print(int("123456789012345678901234567890"), int("-99999999999999999999"))
print(str(2 ** 90), repr(-(2 ** 90)), hex(2 ** 70), oct(2 ** 70), bin(2 ** 70))
print(int("ffffffffffffffffffff", 16), int("-" + "1" * 80, 2))
print(float(2 ** 80), float(-(3 ** 50)), int(1e20), int(-1.5e19))
print(2 ** 100 / 2 ** 98, (10 ** 30) / 3, 1 / 2 ** 64)

try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print("OverflowError:", e)

print(10 ** 400 // 10 ** 399, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)

# Powers and modular arithmetic.
print(pow(3, 1000, 10 ** 9 + 7), pow(2, 10 ** 18, 1000000007))
print(pow(7, -1, 13), pow(2 ** 70, 2, 10 ** 12), pow(-3, 3), pow(-3, 3, 5))

# Fibonacci far beyond 64 bits.
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
