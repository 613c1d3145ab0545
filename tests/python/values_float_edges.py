# float: shortest repr, -0.0, inf and nan (repr, arithmetic, comparisons, hashes),
# float() parsing, floor division/modulo/divmod signs, ** errors, round() ties and ndigits,
# formatting of special values.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
inf = float('inf'); nan = float('nan')
print(0.1 + 0.2, 1e16, 1e15, 1.5e-5, 0.0001, 1e-5, 123456789012345678.0, 1e300 * 1e10, -1e300 * 1e10)
print(-0.0, 0.0 * -1, repr(-0.0), str(-0.0), inf, -inf, nan, -nan, repr(inf), str(nan))
print(float('inf'), float('-Infinity'), float(' nan '), float('1e5'), float('-.5'), float('1_0.5'), float(3), float(True), float())
t(lambda: float('abc'))
t(lambda: float(''))
t(lambda: float('1__0'))
t(lambda: float(None))
t(lambda: float([1]))
print(inf + 1, inf - inf, inf * 0, nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, nan is nan)
print(5.5 // 2, -5.5 // 2, 5.5 % -2, -5.5 % 2, divmod(5.5, 2), divmod(-5.5, 2), divmod(5, -1.5), divmod(-0.0, 1.0))
print(1e308 * 10, 2.0 ** 0.5, 10.0 ** -2, (-2.0) ** 2, (-8.0) ** 3, 0.0 ** 0)
t(lambda: 2.0 ** 10000)
t(lambda: 10.0 ** 400)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1234.5678, -2), round(-0.5), round(1.5, 0), round(5e-324, 400))
t(lambda: round(inf))
t(lambda: round(nan))
print(round(inf, 2), round(nan, 1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None))
print(hash(1.0), hash(1.5), hash(-1.0), hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1e100))
print(int(1e100), (1.5).is_integer(), (2.0).is_integer(), abs(-0.0), abs(-inf), -(0.0))
print(1/3, 2/3, 10/3, 1e22, 1e21, 9007199254740993.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
print(3.0, 3.10, 100.0, 1e-7, 0.00001234, 123e-20, -1.0e+16, 12345678901234567.0)
print(float('1e500'), float('-1e500'), float('1e-500'))
print(1.0 == 1, 1.5 > 1, 2**1000 > 1e300, 0.1 * 3 == 0.3, 3 * 0.1)
print(min(0.0, -0.0), max(-0.0, 0.0), sorted([nan, 1.0, 0.5]))
print(5.0.__class__.__name__)
print(f'{inf}', f'{-0.0:.2f}', f'{nan:f}', f'{1e16:.0f}', f'{0.5:.0f}', f'{1.5:.0f}', f'{123.456:e}', f'{123.456:g}', f'{1e-10:g}', f'{0.1:%}')
print('%.3f %e %g %r %s' % (1.0, 2.5, 1e-5, 0.1, -0.0))
t(lambda: 1.0 // 0)
t(lambda: divmod(1.0, 0.0))
t(lambda: 5 % 0.0)
print(1e16 + 1, 2**0.5 * 2**0.5, 4.35 * 100, 0.1 + 0.7, 1.1 * 1.1)
print(float(2**1023 * 1.0), float(10**308), int(-0.0), int(-0.9))

# round() clips a huge ndigits
for x in [-2.5, float('nan'), 1.5, 0.0, float('inf'), 123.456]:
    for n in [2**70, -2**70, 2**63, -2**63 - 1]:
        print(repr(round(x, n)))
print(round(5, 2**70), round(2**80, 2**64))
