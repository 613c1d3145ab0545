# Float repr and str: shortest round-tripping digits, exponent thresholds, specials.
import math

values = [0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 1.0, -1.0, 100.0, 1.5, 2.5,
          1e15, 1e16, 1e17, 123456789012345678.0, 1234567890123456.0, 9007199254740993.0,
          1e-4, 1e-5, 0.0001234, 0.00001234, 1e22, 1e23, 1e100, 1e-100,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          3.141592653589793, 2.718281828459045, 1.1, 2.2, 3.3, 1.1 * 3, 0.1 * 3,
          100.0 / 3, 1e300 * 10, -1e-7, 123.456, 1 / 7, 4.35, 0.5, 0.25, 1e-06, 1e-07]
for v in values:
    print(repr(v), str(v))

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, repr(inf), str(-inf))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 10 ** 400)
print(nan is nan, [nan] == [nan], math.isnan(nan + 1))

neg_zero = -0.0
print(neg_zero, repr(neg_zero), 0.0 == -0.0, -0.0 < 0.0, str(-0.0))
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0), math.copysign(1, -0.0))
print(round(-0.4), round(-0.4, 0), int(-0.5), -0.0 * 5, 0 * -1)

print([0.1, 1e16, -0.0], (inf, nan), {1.5: 2.5})
print(float(10 ** 16), float(10 ** 15), float(2 ** 53), float(2 ** 53 + 1), float(-(10 ** 17)))
print(1e16 == 10 ** 16, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.1 + 0.2 == 0.30000000000000004)
print(3 * 0.1, 0.1 * 3 == 0.3, sum([0.1] * 10), 10 * 0.1)
print(1e16 + 1, 1e16 + 2, 9.999999999999999e15, 0.1 + 0.7)
print(float("1e-320"), float("1.000000000000000111"), float("0.30000000000000004"))
print(2.0 ** 0.5, 2 ** 0.5, 10 ** -2, 10.0 ** 20, 10.0 ** 16, 10.0 ** 15)
print(7.0, 7.0 / 2, 7.0 // 2, -7.0 // 2, 7 % 2.5, 1e3, 1.5e3, 12e-1)
