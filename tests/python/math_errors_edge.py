# math: the common functions at their edges (infinities, NaN, huge ints, negative zero)
# and CPython's errors (math domain error, math range error, TypeErrors), dunder hooks.
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)), ("sqrt(-0.0)", lambda: math.sqrt(-0.0)), ("sqrt(inf)", lambda: math.sqrt(math.inf)),
    ("sqrt(nan)", lambda: math.sqrt(math.nan)), ("sqrt(10**400)", lambda: math.sqrt(10**400)), ("sqrt(True)", lambda: math.sqrt(True)),
    ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)), ("log(0.0)", lambda: math.log(0.0)),
    ("log(10**400)", lambda: math.log(10**400)), ("log(2**1000, 2)", lambda: math.log(2**1000, 2)),
    ("log(8, 1)", lambda: math.log(8, 1)), ("log(8, 0)", lambda: math.log(8, 0)), ("log(1, 1)", lambda: math.log(1, 1)),
    ("log2(0)", lambda: math.log2(0)), ("log10(-1)", lambda: math.log10(-1)), ("log10(10**500)", lambda: math.log10(10**500)),
    ("log1p(-1)", lambda: math.log1p(-1)), ("expm1(1e-10)", lambda: math.expm1(1e-10)),
    ("exp(710)", lambda: math.exp(710)), ("exp(-1000)", lambda: math.exp(-1000)), ("exp(inf)", lambda: math.exp(math.inf)),
    ("exp(-inf)", lambda: math.exp(-math.inf)), ("exp(nan)", lambda: math.exp(math.nan)),
    ("pow(0, -1)", lambda: math.pow(0, -1)), ("pow(-1, 0.5)", lambda: math.pow(-1, 0.5)), ("pow(10, 400)", lambda: math.pow(10, 400)),
    ("pow(inf, 0)", lambda: math.pow(math.inf, 0)), ("pow(nan, 0)", lambda: math.pow(math.nan, 0)), ("pow(1, nan)", lambda: math.pow(1, math.nan)),
    ("acos(2)", lambda: math.acos(2)), ("asin(-1.5)", lambda: math.asin(-1.5)), ("atan(inf)", lambda: math.atan(math.inf)),
    ("sin(inf)", lambda: math.sin(math.inf)), ("cos(nan)", lambda: math.cos(math.nan)), ("tan(inf)", lambda: math.tan(math.inf)),
    ("cosh(1000)", lambda: math.cosh(1000)), ("sinh(1)", lambda: math.sinh(1)), ("tanh(1)", lambda: math.tanh(1)),
    ("acosh(0.5)", lambda: math.acosh(0.5)), ("atanh(1)", lambda: math.atanh(1)), ("asinh(1)", lambda: math.asinh(1)),
    ("floor(inf)", lambda: math.floor(math.inf)), ("floor(nan)", lambda: math.floor(math.nan)), ("ceil(-inf)", lambda: math.ceil(-math.inf)),
    ("trunc(nan)", lambda: math.trunc(math.nan)), ("floor('x')", lambda: math.floor('x')), ("floor(1e300)", lambda: math.floor(1e300)),
    ("factorial(-1)", lambda: math.factorial(-1)), ("factorial(2.0)", lambda: math.factorial(2.0)), ("factorial(30)", lambda: math.factorial(30)),
    ("factorial('a')", lambda: math.factorial('a')),
    ("gcd()", lambda: math.gcd()), ("gcd(4, 6, 8)", lambda: math.gcd(4, 6, 8)), ("gcd(1.0, 2)", lambda: math.gcd(1.0, 2)),
    ("lcm(4, 6)", lambda: math.lcm(4, 6)), ("lcm()", lambda: math.lcm()), ("lcm(0, 5)", lambda: math.lcm(0, 5)),
    ("isqrt(-1)", lambda: math.isqrt(-1)), ("isqrt(2.0)", lambda: math.isqrt(2.0)), ("isqrt(0)", lambda: math.isqrt(0)),
    ("comb(5, 6)", lambda: math.comb(5, 6)), ("comb(-1, 2)", lambda: math.comb(-1, 2)), ("perm(5)", lambda: math.perm(5)),
    ("perm(5, -1)", lambda: math.perm(5, -1)), ("comb(100, 50)", lambda: math.comb(100, 50)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)), ("fmod(inf, 1)", lambda: math.fmod(math.inf, 1)), ("fmod(-0.0, 1)", lambda: math.fmod(-0.0, 1)),
    ("copysign(1, nan)", lambda: math.copysign(1, math.nan)), ("fabs(-inf)", lambda: math.fabs(-math.inf)),
    ("hypot()", lambda: math.hypot()), ("hypot(1, 2, 2)", lambda: math.hypot(1, 2, 2)), ("hypot(inf, nan)", lambda: math.hypot(math.inf, math.nan)),
    ("dist((0,0),(3,4))", lambda: math.dist((0, 0), (3, 4))),
    ("degrees(1)", lambda: math.degrees(1)), ("radians(90)", lambda: math.radians(90)),
    ("isclose(1, 1, rel_tol=-1)", lambda: math.isclose(1, 1, rel_tol=-1)), ("isclose(inf, inf)", lambda: math.isclose(math.inf, math.inf)),
    ("prod([])", lambda: math.prod([])), ("prod([2.0, 3], start=2)", lambda: math.prod([2.0, 3], start=2)),
    ("fsum([1e100, 1, -1e100])", lambda: math.fsum([1e100, 1.0, -1e100])), ("fsum([inf, -inf])", lambda: math.fsum([math.inf, -math.inf])),
    ("modf(inf)", lambda: math.modf(math.inf)), ("frexp(0.0)", lambda: math.frexp(0.0)), ("ldexp(1, 2000)", lambda: math.ldexp(1, 2000)),
    ("ldexp(1, -2000)", lambda: math.ldexp(1.0, -2000)), ("erf(1)", lambda: math.erf(1)), 
    ("erfc(1)", lambda: math.erfc(1)),
    ("cbrt", lambda: math.pow(27, 1/3)), ("ulp(1.0)", lambda: math.ulp(1.0)), ("nextafter(1, 2)", lambda: math.nextafter(1, 2)),
    ("remainder(5, 3)", lambda: math.remainder(5, 3)), 
    ("log(None)", lambda: math.log(None)), ("exp('1')", lambda: math.exp('1')),
    ("floor(True)", lambda: math.floor(True)), ("ceil(2**80)", lambda: math.ceil(2**80)), ("trunc(-0.5)", lambda: math.trunc(-0.5)),
]
for name, fn in cases:
    try:
        r = fn()
        print(name, "=", repr(r))
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)
print(math.pi, math.e, math.tau, math.inf, math.nan)
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 5
class Fl:
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
    def __trunc__(self): return "trunced"
print(math.sqrt(F()), math.factorial(I()), math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.gcd(I(), 15))
try: math.sqrt(I())
except TypeError as e: print("TE", e)
