#!/usr/bin/env python3.11
"""Writes the expected-value tables of the Python value-semantics library tests
(tests/unit/python_lib_*_test.cpp) by running CPython 3.11 on every case.

    python3.11 tests/unit/python_lib_gen.py

Each table is tests/unit/python_lib_data/<name>.tsv: one case per line, tab-separated
fields, with backslash, tab, newline and carriage return escaped by a backslash. An
expected error is written "!Kind: message". The cases are random but seeded, so the
output is reproducible.
"""
import json
import math
import os
import random
import struct
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python_lib_data")


def esc(field):
    s = field if isinstance(field, str) else show(field)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def write(name, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".tsv"), "w", encoding="utf-8", errors="surrogatepass",
              newline="\n") as f:
        for row in rows:
            f.write("\t".join(esc(x) for x in row) + "\n")
    print(f"{name}: {len(rows)} cases")


def outcome(fn, *args):
    try:
        return fn(*args)
    except Exception as e:  # the class and message are the expectation
        return f"!{type(e).__name__}: {e}"


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


# -- Floats as text --

def interesting_floats(rng):
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1 / 3, 2 / 3,
          1e16, 1e15, 9999999999999998.0, 1e16 - 2, 2e16 + 8, 123456789012345.0, 1234567890123456.0,
          1e-4, 1e-5, 0.0001, 0.00001, 0.00012345, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 1e308, 1e22, 1e23, 9.5, 0.05, 0.15, 0.25, 0.35, 1e100, 123.456,
          -123.456, 4.35, 2.675, 1.0000000000000002, 0.9999999999999999, 100.0, 1e-7, 3.14159]
    for k in range(-330, 310):
        p = float(f"1e{k}")
        xs += [p, math.nextafter(p, math.inf), math.nextafter(p, -math.inf)]
    for _ in range(2500):
        x = from_bits(rng.getrandbits(64))
        if math.isfinite(x):
            xs.append(x)
    for _ in range(2500):
        xs.append(rng.randint(-10**rng.randint(1, 17), 10**rng.randint(1, 17)) * 10.0 ** rng.randint(-25, 25))
    for _ in range(500):
        xs.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    return xs


def gen_float_text(rng):
    xs = interesting_floats(rng)
    write("float_repr", [(bits(x), repr(x)) for x in xs])
    rows = []
    for x in xs[:3000]:
        for _ in range(3):
            code = rng.choice("eEfFgG")
            prec = rng.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, rng.randint(0, 60)])
            flags = rng.randint(0, 15) & ~2  # sign, alt, no-neg-zero; ADD_DOT_0 is repr's
            spec = ("+" if flags & 1 else "") + ("z" if flags & 8 else "") + ("#" if flags & 4 else "")
            rows.append((bits(x), code, prec, flags, format(x, f"{spec}.{prec}{code}")))
    write("double_to_string", rows)
    texts = ["1", "-1", "+1.5", " 1.5 ", "\t\n1e5\x0b", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5",
             "1e_5", "1e5_", "1_e5", "0x10", "inf", "-inf", "+inf", "INF", "Infinity", "-iNfInItY",
             "infinit", "infinityy", "nan", "-nan", "+NaN", "nan(1)", "1.5e", "1.5e+", ".e1", ".", "",
             " ", "1e500", "-1e500", "1e-500", "-1e-500", "1e99999999999999999999", "0e99999999999",
             "\u0661\u0662.\u0663", "\u20031.5\u2003", "\x1c1", "1\x1c", "1\x00", "1 2", "+-1",
             "--1", "5.", ".5", "-.5", "5.e3", "1e+05", "1E-05", "007", "1_2_3.4_5e1_0", "\u00e91",
             "12345678901234567890123456789", "0.1000000000000000055511151231257827",
             "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
             "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308",
             "0." + "0" * 400 + "1e400", "1" + "0" * 400 + "e-400", "i", "n", "1e", "e1", "\u00a0 2 "]
    rows = []
    for t in texts:
        r = outcome(float, t)
        rows.append((t, r if isinstance(r, str) else bits(r)))
    write("parse_float", rows)


# -- Integers --

def show(v):
    """An expected result: ints in decimal, floats as 'f' + IEEE bits, pairs joined by ','."""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        raise TypeError("no bools here")
    if isinstance(v, float):
        return "f" + bits(v)
    if isinstance(v, tuple):
        return ",".join(show(x) for x in v)
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    text = str(v)
    sys.set_int_max_str_digits(limit)
    return text


def int_pool(rng):
    xs = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 255, 2**47 - 1, 2**47, -2**47, -2**47 - 1, 2**53, 2**53 + 1,
          -(2**53 + 1), 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 10**18, 10**30, -10**30,
          2**100 + 1, 3**80, -(7**60), 2**1023, 2**1024, 2**1024 - 2**970, 2**1024 - 2**971 - 1,
          2**1024 - 2**971, 2**53 * 3 + 1, 2**54 + 2, 2**54 + 3, 2**54 + 6, (2**53 + 1) * 2**900]
    for _ in range(100):
        n = rng.randint(1, 160)
        xs.append(rng.choice([1, -1]) * rng.getrandbits(n))
    return xs


def gen_int(rng):
    pool = int_pool(rng)
    rows = []
    def add(op, a, b, fn):
        rows.append((op, a, b, show(outcome(fn))))
    for _ in range(300):
        a, b = rng.choice(pool), rng.choice(pool)
        add("floordiv", a, b, lambda: a // b)
        add("mod", a, b, lambda: a % b)
        add("divmod", a, b, lambda: divmod(a, b))
        add("truediv", a, b, lambda: a / b)
        add("and", a, b, lambda: a & b)
        add("or", a, b, lambda: a | b)
        add("xor", a, b, lambda: a ^ b)
        add("add", a, b, lambda: a + b)
        add("sub", a, b, lambda: a - b)
        add("mul", a, b, lambda: a * b)
    for _ in range(250):  # true division across the whole exponent range
        a = rng.choice([1, -1]) * rng.getrandbits(rng.randint(1, 2200))
        b = rng.choice([1, -1]) * (rng.getrandbits(rng.randint(1, 2200)) | 1)
        add("truediv", a, b, lambda: a / b)
    for a in pool:
        add("invert", a, 0, lambda: ~a)
        add("bit_length", a, 0, lambda: a.bit_length())
        add("float", a, 0, lambda: float(a))
        add("neg", a, 0, lambda: -a)
        add("abs", a, 0, lambda: abs(a))
        for n in [0, 1, 17, 47, 64, rng.randint(0, 300), -1, rng.choice([2**70, 2**64])]:
            add("lshift", a, n, lambda: a << n if n < 2**20 else (a << n if a == 0 else "!MemoryError: "))
            add("rshift", a, n, lambda: a >> n)
        for n in [0, 1, 2, 3, 5, rng.randint(0, 12), -1, -2, -3, rng.randint(-400, -1)]:
            add("pow", a, n, lambda: a ** n)
        for n in [0, -1, -2, -5, -20, -40, 1, 2, rng.randint(-60, 0)]:
            add("round", a, n, lambda: round(a, n))
    for _ in range(600):
        a = rng.choice(pool)
        b = rng.choice([0, 1, 2, 3, -1, -2, -3, rng.choice(pool), rng.randint(0, 10**6)])
        m = rng.choice([0, 1, -1, 2, 7, -7, 10**9 + 7, rng.choice(pool)])
        rows.append(("powmod", a, b, m, show(outcome(lambda: pow(a, b, m)))))
    for a in [-5, -2, -1, 0, 1, 2, 5]:
        for b in [0, 1, 2, 3, 2**70, 2**70 + 1]:
            # CPython would run out of memory on 2 ** 2**70; the library says so at once.
            add("pow", a, b, lambda: a ** b if abs(a) <= 1 or b < 2**20 else "!MemoryError: ")
    write("int_arith", rows)

    floats = [x for x in interesting_floats(rng) if rng.random() < 0.12]
    rows = []
    for x in floats:
        rows.append(("int", bits(x), "", show(outcome(lambda: int(x)))))
        rows.append(("round0", bits(x), "", show(outcome(lambda: round(x)))))
        for n in [0, 2, -1, rng.randint(-20, 20), rng.randint(-330, 330), rng.choice([400, -400])]:
            rows.append(("round", bits(x), n, show(outcome(lambda: round(x, n)))))
    for _ in range(700):
        x, y = rng.choice(floats), rng.choice(floats + [0.0, -0.0, 2.0, -2.0, 0.5, 3.0, 1e-300])
        for op, fn in (("floordiv", lambda: x // y), ("mod", lambda: x % y), ("divmod", lambda: divmod(x, y)),
                       ("truediv", lambda: x / y)):
            rows.append((op, bits(x), bits(y), show(outcome(fn))))
        y = rng.choice([0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 1e300, math.inf, -math.inf,
                        math.nan, 1 / 3, rng.uniform(-10, 10), float(rng.randint(-400, 400))])
        x = rng.choice([x, 0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, 2.0, -2.0, 10.0, 1e-10])
        r = outcome(lambda: x ** y)
        if isinstance(r, complex):
            r = "!ValueError: negative number cannot be raised to a fractional power"
        rows.append(("pow", bits(x), bits(y), show(r)))
    write("float_arith", rows)

    rows = []
    for a in pool:
        rows.append(("str", a, show(outcome(lambda: str(a)))))
        rows.append(("hex", a, hex(a)))
        rows.append(("oct", a, oct(a)))
        rows.append(("bin", a, bin(a)))
    for a in [10**4299, -(10**4299), 10**4300, -(10**4300) + 1, 7**5200]:  # the digit limit
        rows.append(("str", a, show(outcome(lambda: str(a)))))
    write("int_to_text", rows)

    texts = ["0", "-0", "+17", " 42 ", "\t-7\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101",
             "0b", "0b_", "0_b1", "0x_1f", "0x__1f", "0x1f_", "010", "00", "0_0", "09", "0_9", "12 ", "- 1",
             "+_1", "--1", "", "  ", "1e5", "1.0", "z", "Z", "zz", "\u0661\u0662", "\uff11\uff12", " \u2003 12 \u3000",
             "\x1c1", "1\x00", "12345678901234567890123456789", "-98765432109876543210", "9" * 300, "x" * 300,
             "\u00e9" * 250, "0x" + "f" * 40]
    rows = []
    for t in texts:
        for base in [10, 0, 2, 8, 16, 36, 7, 1, 37, -1]:
            rows.append((t, base, show(outcome(lambda: int(t, base)))))
    for t in ["1" * 4300, "1" * 4301, "1_" * 4300 + "1", "0" * 4301, "7" * 5000]:  # the digit limit
        for base in [10, 0, 16]:
            rows.append((t, base, show(outcome(lambda: int(t, base)))))
    for _ in range(500):
        base = rng.randint(2, 36)
        n = rng.choice([1, -1]) * rng.getrandbits(rng.randint(1, 300))
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        s, m = "", abs(n)
        while True:
            s = digits[m % base] + s
            m //= base
            if m == 0:
                break
        s = ("-" if n < 0 else rng.choice(["", "+"])) + "".join(c.upper() if rng.random() < 0.3 else c for c in s)
        rows.append((s, base, show(outcome(lambda: int(s, base)))))
    write("parse_int", rows)


# -- Format specs --

def random_spec(rng, types):
    spec = ""
    r = rng.random()
    if r < 0.25:
        spec += rng.choice(["*", "0", " ", "x", "\u00e9", "\u20ac", "<", "{"]) + rng.choice("<>^=")
    elif r < 0.5:
        spec += rng.choice("<>^=")
    if rng.random() < 0.3:
        spec += rng.choice("+- ")
    if rng.random() < 0.08:
        spec += "z"
    if rng.random() < 0.2:
        spec += "#"
    if rng.random() < 0.2:
        spec += "0"
    if rng.random() < 0.6:
        spec += str(rng.choice([0, 1, 2, 5, 8, 10, 12, 15, 20, 30]))
    if rng.random() < 0.2:
        spec += rng.choice([",", "_", ",", "_", ",_", "_,"])
    if rng.random() < 0.4:
        spec += "." + str(rng.choice([0, 1, 2, 3, 6, 10, 17, 25]))
    if rng.random() < 0.8:
        spec += rng.choice(types)
    return spec


def gen_format_spec(rng):
    ints = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234567, -1234567, 65, 0x10FFFF, 0x110000, 2**47, -(2**63),
            10**20, -(10**25) - 7, 2**100, 3**200, 10**400]
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1 / 3, 1234.5678, -1234.5678, 1e16, 1e-5, 1e-4,
              123456789.125, 1e100, -1e-100, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan,
              0.005, 0.015, 9.995, 99.5, 1e22, 0.000123456]
    strs = ["", "a", "abc", "hello world", "\u00e9t\u00e9", "\u20ac\u00a5", "tab\there", "'q'"]
    int_types = "bcdoxXneEfFgG%s "
    float_types = "eEfFgGn%dxs "
    str_types = "sdx "
    rows = []
    fixed = ["", "d", "x", "#x", "#X", "#o", "#b", "+", " ", "-", "010", "=+10", "^10", "<10", ">10", "*^11",
             ",", "_", "_x", "_b", "_o", "#_X", ",d", "010,", "012_", "=010", "0=8", "x<010", "<010", "00",
             ".2", ".", "abc", "xyz", "10xx", ",_", "_,", ",,", "__", ",x", ",c", ",s", "c", "+c", "#c", "z",
             "z.1f", "zf", "\u0661\u0662", "99999999999999999999", ".99999999999", "\x01", "\u00e9", "e", "E",
             ".0e", ".3g", "#.3g", "#g", ".0", ".0f", "#.0f", "%", ".1%", "+.2%", "n", ",n", "_n", ",.2f",
             "_.3e", "020,.2f", "=+020_.1f", "\u00e9^9.3", "s", ".1s", ">5.1s", "^6.3", "=5", "+5", " 5",
             "#5", "z5", "0>5", "0<5", "1", "0", "+#010_b"]
    for v in ints:
        for spec in fixed + [random_spec(rng, int_types) for _ in range(40)]:
            rows.append(("int", v, spec, outcome(format, v, spec)))
    for v in [True, False]:
        for spec in fixed[:60]:
            rows.append(("bool", int(v), spec, outcome(format, v, spec)))
    for v in floats:
        for spec in fixed + [random_spec(rng, float_types) for _ in range(50)]:
            rows.append(("float", bits(v), spec, outcome(format, v, spec)))
    for v in strs:
        for spec in fixed + [random_spec(rng, str_types) for _ in range(40)]:
            rows.append(("str", v, spec, outcome(format, v, spec)))
    write("format_spec", rows)


# -- str.format --

class Point:
    """Mirrored by the test's hooks: attributes x and y, object's __format__."""
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


FORMAT_ARGS = (42, -3.5, "h\u00e9llo", [1, "two", 3.0], Point(1, 2), True, "it's")
FORMAT_KWARGS = {"name": "Ada", "n": 1234567, "x": 0.125, "p": Point(3, 4), "lst": [10, 20],
                 "d": {"k": "v", "key": 7}, "w": 12, "\u00e9": "accent"}


def gen_str_format(rng):
    fixed = ["", "plain", "{}", "{} {}", "{0} {1} {0}", "{name}", "{name!r}", "{name!s:>10}", "{name!a}",
             "{2!a}", "{2!r:^12}", "{{}}", "{{{0}}}", "}}{{", "{", "}", "a{b", "a}b", "{0", "{0!", "{0!r",
             "{0!r:", "{0!rx}", "{0!x}", "{0!\u00e9}", "{!}", "{0:", "{0:{}}", "{:{}}", "{0:{1}}", "{:{w}}",
             "{0:{w}.{2}}", "{0:{{}}}", "{:{:{}}}", "{0:{1:{2}}}", "{} {0}", "{0} {}", "{7}", "{100}",
             "{99999999999999999999}", "{name[}", "{3[0]}", "{3[1]!r}", "{3[5]}", "{3[a]}", "{d[k]}", "{d[key]:05}",
             "{d[0]}", "{d[missing]}", "{4.x}", "{4.x:+}", "{4.y!r}", "{4.z}", "{4}", "{4:x}", "{p.x}", "{p.}",
             "{p..x}", "{p[0}", "{p]x}", "{0[0]]}", "{3[0]x}", "{missing}", "{n:,}", "{n:_x}", "{x:.1%}",
             "{1:+.3e}", "{5:d}", "{5}", "{5!s}", "{6!r}", "{\u00e9}", "{\u0661}", "{lst[1]}", "{lst[-1]}",
             "{0:{}}{}", "{:{}}{}{}", "{:}", "{!r}", "{0!r:}", "{name:{w}}", "{ name}", "{0 }", "{0:{0}}",
             "{:>{w}} | {:<{w}}", "{2:.2}", "{2:\u20ac^11}", "{1:=+10.2f}", "{0:c}", "{0:#b}", "{:s}",
             "{0:{1}{2}}", "x{{y}}z", "{0[}", "{0.}", "{0.[}"]
    fields = ["", "0", "1", "2", "3", "5", "name", "n", "x", "p.x", "p.z", "lst[1]", "d[k]", "3[0]", "4.x",
              "missing", "7", "0[", "w", "\u0661"]
    convs = ["", "", "", "!r", "!s", "!a", "!q", "!"]
    specs = ["", "", "", ":", ":>10", ":{}", ":{w}", ":{0}", ":,", ":.2f", ":x", ":{:{}}", ":^{w}", ":*<8"]
    cases = list(fixed)
    for _ in range(1200):
        parts = []
        for _ in range(rng.randint(1, 3)):
            r = rng.random()
            if r < 0.15:
                parts.append(rng.choice(["ab ", "{{", "}}", " = ", "\u00e9"]))
            elif r < 0.2:
                parts.append(rng.choice(["{", "}"]))
            else:
                parts.append("{" + rng.choice(fields) + rng.choice(convs) + rng.choice(specs) + "}")
        cases.append("".join(parts))
    rows = [(c, outcome(lambda: c.format(*FORMAT_ARGS, **FORMAT_KWARGS))) for c in cases]
    rows += [("map", c, outcome(lambda: c.format_map(FORMAT_KWARGS))) for c in fixed[:40]]
    write("str_format", [r if len(r) == 3 else ("args",) + r for r in rows])


# -- printf-style % --

PERCENT_POOL = [42, -3.5, "h\u00e9llo", [1, "two", 3.0], Point(1, 2), True, "it's", 0, 255, -255, 10**30, 3.7,
                math.inf, math.nan, "x", "", 65, 0x110000, -1, 1e300, 2.5, "\u00e9", 10**400, 12, -5, False,
                {"a": 1, "b": "two", "k(x)": 3.0}, -0.0, 7, 10**5000]


def describe_pool():
    """Rows that let the test rebuild PERCENT_POOL: ("obj", index, kind, payload...)."""
    rows = []
    def ref(v):
        return PERCENT_POOL.index(v) if any(v is p for p in PERCENT_POOL) else None
    extra = []
    def index_of(v):
        for i, p in enumerate(PERCENT_POOL + extra):
            if p is v or (type(p) is type(v) and not isinstance(v, float) and p == v):
                return i
        extra.append(v)
        return len(PERCENT_POOL) + len(extra) - 1
    pending = list(PERCENT_POOL)
    out = []
    i = 0
    while i < len(PERCENT_POOL) + len(extra):
        v = (PERCENT_POOL + extra)[i]
        if isinstance(v, bool):
            out.append(("obj", i, "bool", int(v)))
        elif isinstance(v, int):
            out.append(("obj", i, "int", v))
        elif isinstance(v, float):
            out.append(("obj", i, "float", bits(v)))
        elif isinstance(v, str):
            out.append(("obj", i, "str", v))
        elif isinstance(v, list):
            out.append(("obj", i, "list", ",".join(str(index_of(x)) for x in v)))
        elif isinstance(v, dict):
            out.append(("obj", i, "dict", ",".join(f"{k}={index_of(x)}" for k, x in v.items())))
        elif isinstance(v, Point):
            out.append(("obj", i, "point", f"{v.x},{v.y}"))
        i += 1
    return out


def gen_percent(rng):
    rows = describe_pool()
    n = len(PERCENT_POOL)
    mappings = [i for i, v in enumerate(PERCENT_POOL) if isinstance(v, (dict, list))]
    fixed = [("%s", "t0"), ("%d", "s0"), ("%s %s", "t0,1"), ("%s", "t"), ("x", "t"), ("x", "s0"), ("x", "m26"),
             ("x", "m3"), ("%s %s", "m3"), ("%(a)s", "s0"), ("%(a)s %(b)r", "m26"), ("%(a)s %s", "m26"),
             ("%(k(x))s", "m26"), ("%(missing)s", "m26"), ("%(a", "m26"), ("%(a)", "m26"), ("%(x)s", "m3"),
             ("%s", "m26"), ("abc%", "t"), ("abc%", "s0"), ("%", "t"), ("%5", "s0"), ("%.", "s0"),
             ("%l", "s0"), ("%*", "t0"), ("%*d", "t2,0"), ("%*d", "t24,0"), ("%.*f", "t2,1"),
             ("%.*f", "t24,1"), ("%*.*f|", "t23,5,11"), ("%y", "t"), ("%y", "s0"), ("ab%y", "s0"),
             ("%\u00e9", "s0"), ("%\u0141", "s0"), ("%\x00", "s0"), ("%\x1f", "s0"), ("%%%d%%", "s0"),
             ("%5%", "t"), ("%ld %hi %Lf", "t0,16,1"), ("%i %u", "t5,25"), ("%c", "t16"), ("%c", "t21"),
             ("%c", "t2"), ("%c", "t1"), ("%c", "t17"), ("%c", "t18"), ("%c", "t5"), ("%5c|", "t14"),
             ("%-5c|", "t16"), ("%d", "t11"), ("%x", "t11"), ("%d", "t2"), ("%e", "t2"), ("%d", "t12"),
             ("%d", "t13"), ("%e", "t22"), ("%d", "t29"), ("%s", "t29"), ("%x", "t22"), ("%s", "t22"),
             ("%99999999999999999999d", "s0"), ("%.99999999999d", "s0"), ("%.2147483646d", "s0"),
             ("%-05d|", "t7"), ("%+05d", "t0"), ("%#08x", "t8"), ("%#8X", "t8"), ("%#010x", "t9"),
             ("% .3e", "t19"), ("%.3s", "t2"), ("%10.3r", "t2"), ("%-10a|", "t21"), ("%.5d", "t9"),
             ("%#.5o", "t8"), ("%05s", "t2"), ("%+s", "t2"), ("%0-5d|", "t28"), ("% d", "t28"),
             ("%+ d", "t28"), ("%#o", "t7"), ("%#x", "t9"), ("%r", "t3"), ("%a", "t3"), ("%s", "t4"),
             ("%10s|", "t4"), ("%-12r|", "t6"), ("%s", "t26"), ("%r", "t5"), ("%d", "t5"), ("%f", "t5"),
             ("%s %s", "t0"), ("%s", "t0,1"), ("%g %G", "t12,13"), ("%010.2f", "t12"), ("%+.0f", "t20"),
             ("%#.0f", "t20"), ("%#g", "t0"), ("%.0e", "t27"), ("%+g", "t27"), ("%05.1f%%", "t1")]
    cases = list(fixed)
    convs = "sdiuoxXeEfFgGcra"
    for _ in range(1500):
        parts, refs = [], []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.2:
                parts.append(rng.choice(["ab", " - ", "\u00e9", "%%"]))
                continue
            spec = "%"
            spec += "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 2])))
            if rng.random() < 0.4:
                if rng.random() < 0.15:
                    spec += "*"
                    refs.append(rng.choice([23, 24, 7, 0]))
                else:
                    spec += str(rng.choice([1, 3, 5, 8, 12]))
            if rng.random() < 0.3:
                if rng.random() < 0.15:
                    spec += ".*"
                    refs.append(rng.choice([23, 24, 7, 16]))
                else:
                    spec += "." + str(rng.choice([0, 1, 2, 4, 8]))
            spec += rng.choice(convs + rng.choice(["", "", "y%"]))
            parts.append(spec)
            refs.append(rng.randrange(n - 1))  # the last pool entry is the huge int
        extra = rng.random()
        if extra < 0.08 and refs:
            refs.pop()
        elif extra < 0.16:
            refs.append(rng.randrange(n - 1))
        args = "t" + ",".join(map(str, refs)) if (len(refs) != 1 or rng.random() < 0.7) else "s%d" % refs[0]
        cases.append(("".join(parts), args))
    for _ in range(150):
        keys = [rng.choice(["a", "b", "k(x)", "zz"]) for _ in range(rng.randint(1, 3))]
        fmt = " ".join("%(" + k + ")" + rng.choice(["s", "r", "5s", "-6r", "d", "x", "e", ".2f"]) for k in keys)
        cases.append((fmt, "m26"))
    for fmt, spec in cases:
        if spec[0] == "t":
            args = tuple(PERCENT_POOL[int(i)] for i in spec[1:].split(",") if i)
        else:
            args = PERCENT_POOL[int(spec[1:])]
        rows.append(("fmt", fmt, spec, outcome(lambda: fmt % args)))
    write("percent_format", rows)


# -- Hashing --

STR_HASH_SCRIPT = "import sys, json; print(json.dumps([hash(s) for s in json.loads(sys.stdin.read())]))"


def seed0_str_hashes(texts):
    """hash() of each text under PYTHONHASHSEED=0, from a fresh CPython 3.11."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    out = subprocess.run([sys.executable, "-c", STR_HASH_SCRIPT], input=json.dumps(texts), env=env,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def random_text(rng):
    alphabets = ["abcxyz019 _", "\u00e9\u00fc\u00df\u00ff\u00a0", "\u0101\u20ac\u4e2d\uffff",
                 "\U0001F600\U00010348"]
    chars = "".join(rng.sample(alphabets, rng.randint(1, 3)))
    return "".join(rng.choice(chars) for _ in range(rng.randint(0, 20)))


def gen_hash(rng):
    rows = []
    ints = int_pool(rng) + [2**61 - 1, 2**61, 2**61 - 2, -(2**61 - 1), -(2**61), 2**122, -(2**122) - 1,
                            (2**61 - 1) * 12345, -(2**61 - 1) * 7 - 1, 2**64 - 1, 2**1000 + 12345]
    for i in ints:
        rows.append(("int", i, hash(i)))
    for x in interesting_floats(rng)[:2500]:
        if not math.isnan(x):
            rows.append(("float", bits(x), hash(x)))
    texts = ["", "a", "abc", "hello world", "\u00e9", "\u20ac", "\U0001F600", "a\u00e9", "a\u20ac",
             "a\U0001F600", "12345678", "123456789", "1234567"] + [random_text(rng) for _ in range(400)]
    for t, h in zip(texts, seed0_str_hashes(texts)):
        rows.append(("str", t, h))
    values = ints[:60] + [0.5, -2.5, 1e300, math.inf, -math.inf, True, False, (), (1, 2), ((1,), (2, 3))]
    for _ in range(400):
        items = [rng.choice(values) for _ in range(rng.randint(0, 6))]
        rows.append(("tuple", ",".join(str(hash(x)) for x in items), hash(tuple(items))))
    for _ in range(300):
        items = list({rng.choice(values[:60]) for _ in range(rng.randint(0, 12))})
        rng.shuffle(items)
        rows.append(("frozenset", ",".join(str(hash(x)) for x in items), hash(frozenset(items))))
    rows.append(("frozenset", "", hash(frozenset())))
    write("hash", rows)


# -- Set order --
#
# Runs in a child CPython with PYTHONHASHSEED=0 (string hashes are then fixed): random
# histories of two sets A and B, with list(A) after some steps. A key is a token: an
# int, a float or bool (kind "num", where 1 == 1.0 == True), a quoted word, or a tuple
# of ints.

def set_token(v):
    if isinstance(v, tuple):
        return "(" + ",".join(map(str, v)) + ")"
    return repr(v)


def set_state(a):
    items = list(a)
    if len(items) <= 30:
        return "=" + " ".join(set_token(x) for x in items)
    return "#" + str(hash(tuple(items)))  # order-sensitive digest: hash_tuple of the element hashes


def set_histories(rng):
    words = ["w%d" % i for i in range(300)] + ["", "a", "b", "\u00e9t\u00e9", "x_y"]
    kinds = {
        "int": lambda: rng.choice([rng.randrange(64), rng.randrange(-40, 40), 8 * rng.randrange(40),
                                   32 * rng.randrange(40), rng.randrange(10**6), rng.randrange(2**70),
                                   2**61 - 1 + rng.randrange(-3, 4), -rng.randrange(2**62)]),
        "num": lambda: rng.choice([rng.randrange(20), float(rng.randrange(20)), rng.randrange(40) / 4,
                                   True, False, -0.0, 0.5]),
        "str": lambda: rng.choice(words),
        "tuple": lambda: tuple(rng.randrange(6) for _ in range(rng.randrange(4))),
    }
    plain = ["add"] * 12 + ["discard"] * 4 + ["badd"] * 4 + ["bdiscard"]
    algebra = ["pop", "clear", "bclear", "ior", "iand", "isub", "ixor", "or", "and", "sub", "xor", "rsub",
               "rxor", "rand", "ror", "copy", "bcopy", "update_dict", "self_ior", "self_isub", "self_ixor",
               "self_iand", "fromlist"]
    rows = []
    plan = [("int", 100, 60), ("num", 50, 40), ("str", 50, 60), ("tuple", 50, 40), ("int", 6, 2500),
            ("str", 3, 1500)]
    seq = 0
    for kind, count, length in plan:
        gen = kinds[kind]
        for _ in range(count):
            seq += 1
            a, b = set(), set()
            n_ops = rng.randint(length // 2, length)
            for step in range(n_ops):
                op = rng.choice(algebra) if rng.random() < 0.08 else rng.choice(plain)
                arg = ""
                if op in ("add", "discard", "badd", "bdiscard"):
                    if op == "discard" and a and rng.random() < 0.7:
                        v = rng.choice(list(a))
                    else:
                        v = gen()
                    arg = set_token(v)
                    {"add": a.add, "discard": a.discard, "badd": b.add, "bdiscard": b.discard}[op](v)
                elif op == "pop":
                    arg = set_token(a.pop()) if a else "!KeyError"
                elif op == "clear":
                    a.clear()
                elif op == "bclear":
                    b.clear()
                elif op == "ior":
                    a |= b
                elif op == "iand":
                    a &= b
                elif op == "isub":
                    a -= b
                elif op == "ixor":
                    a ^= b
                elif op == "or":
                    a = a | b
                elif op == "and":
                    a = a & b
                elif op == "sub":
                    a = a - b
                elif op == "xor":
                    a = a ^ b
                elif op == "rsub":
                    a = b - a
                elif op == "rxor":
                    a = b ^ a
                elif op == "rand":
                    a = b & a
                elif op == "ror":
                    a = b | a
                elif op == "copy":
                    a = a.copy()
                elif op == "bcopy":
                    b = a.copy()
                elif op == "update_dict":
                    a.update(dict.fromkeys(list(b)))
                elif op == "self_ior":
                    a |= a
                elif op == "self_isub":
                    a -= a
                elif op == "self_ixor":
                    a ^= a
                elif op == "self_iand":
                    a &= a
                elif op == "fromlist":
                    items = [gen() for _ in range(rng.randrange(12))]
                    arg = " ".join(set_token(x) for x in items)
                    a = set(items)
                check = op not in plain or step % 8 == 0 or step == n_ops - 1
                rows.append((kind, seq, op, arg, set_state(a) if check else ""))
            rows.append((kind, seq, "checkb", "", set_state(b)))
    return rows


def gen_set_order(rng):
    env = dict(os.environ, PYTHONHASHSEED="0")
    out = subprocess.run([sys.executable, os.path.abspath(__file__), "--set-histories"], env=env,
                         capture_output=True, text=True, check=True).stdout
    write("set_order", json.loads(out))


# -- str methods --

STR_ALPHABETS = ["abcXYZ", "0123456789", " \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000", ".,-_+'\"\\",
                 "\u00e9\u00c9\u00df\u00ff\u00b5", "\u03a3\u03c3\u03c2\u0391\u03b1\u0386",
                 "\u01c5\u0149\u0130\ufb01\u1f80", "\u0663\u00b2\u00bd\u2460\u2167", "\u4e2d\U0001F600\u0301\u200d",
                 "aaab", "AbC"]


def random_str(rng, n=None):
    chars = "".join(rng.sample(STR_ALPHABETS, rng.randint(1, 4)))
    return "".join(rng.choice(chars) for _ in range(rng.randint(0, 14) if n is None else n))


def fnv(data, h=0xcbf29ce484222325):
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def char_digests():
    """Order-sensitive digests of every code point's predicates and case mappings."""
    props = upper = lower = title = 0xcbf29ce484222325
    for cp in range(0x110000):
        ch = chr(cp)
        bits = sum(1 << i for i, b in enumerate([
            ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(), ch.isprintable(),
            ch.islower(), ch.isupper(), ch.istitle(), ch.isidentifier(), ch.isalnum()]) if b)
        props = fnv(bits.to_bytes(2, "little"), props)
        upper = fnv(ch.upper().encode("utf-8", "surrogatepass") + b"\0", upper)
        lower = fnv(ch.lower().encode("utf-8", "surrogatepass") + b"\0", lower)
        title = fnv(ch.title().encode("utf-8", "surrogatepass") + b"\0", title)
    return [("digest", "props", props), ("digest", "upper", upper), ("digest", "lower", lower),
            ("digest", "title", title)]


def gen_str_methods(rng):
    rows = char_digests()
    def call(method, s, *args):
        def run():
            if method == "getitem":
                return s[args[0]]
            if method == "slice":
                return s[args[0]:args[1]:args[2]]
            if method == "repeat":
                return s * args[0]
            if method == "len":
                return len(s)
            if method == "repr":
                return repr(s)
            if method == "compare":
                return (s > args[0]) - (s < args[0])
            return getattr(s, method)(*args)
        r = outcome(run)
        if not (isinstance(r, str) and r.startswith("!")):
            r = repr(r)
        enc = []
        for a in args:
            if a is None:
                enc.append("N")
            elif isinstance(a, bool):
                enc.append("i" + str(int(a)))
            elif isinstance(a, int):
                enc.append("i" + str(a))
            elif isinstance(a, tuple):
                enc.append("t" + str(len(a)))
                enc += ["s" + x for x in a]
            else:
                enc.append("s" + a)
        rows.append((method, s, *enc, r))

    def sub_of(s):
        if s and rng.random() < 0.6:
            i = rng.randrange(len(s))
            return s[i:i + rng.randint(0, 3)]
        return random_str(rng, rng.randint(0, 2))

    idx = lambda: rng.choice([None, 0, 1, 2, -1, -3, 5, 100, -100])
    fill_chars = [" ", "*", "\u00e9", "\u4e2d"]
    for _ in range(5000):
        s = random_str(rng)
        m = rng.choice(["find", "rfind", "index", "rindex", "count", "startswith", "endswith", "split", "rsplit",
                        "splitlines", "strip", "lstrip", "rstrip", "replace", "partition", "rpartition", "ljust",
                        "rjust", "center", "zfill", "expandtabs", "upper", "lower", "title", "capitalize",
                        "swapcase", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace",
                        "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii", "getitem",
                        "slice", "repeat", "len", "repr", "compare"])
        if m in ("find", "rfind", "index", "rindex", "count"):
            call(m, s, sub_of(s), idx(), idx())
        elif m in ("startswith", "endswith"):
            if rng.random() < 0.3:
                call(m, s, tuple(sub_of(s) for _ in range(rng.randint(0, 3))), idx(), idx())
            else:
                call(m, s, sub_of(s), idx(), idx())
        elif m in ("split", "rsplit"):
            call(m, s, rng.choice([None, None, sub_of(s), " ", ""]), rng.choice([-1, -1, 0, 1, 2, 5]))
        elif m == "splitlines":
            call(m, s, rng.choice([False, True]))
        elif m in ("strip", "lstrip", "rstrip"):
            call(m, s, rng.choice([None, None, sub_of(s), random_str(rng, 3), ""]))
        elif m == "replace":
            call(m, s, sub_of(s), rng.choice(["", "-", "\u00e9\u00e9", "XYZ"]), rng.choice([-1, -1, 0, 1, 2]))
        elif m in ("partition", "rpartition"):
            call(m, s, rng.choice([sub_of(s), sub_of(s), ""]))
        elif m in ("ljust", "rjust", "center"):
            call(m, s, rng.choice([-1, 0, 3, 8, 15, 20, 21]), rng.choice(fill_chars))
        elif m == "zfill":
            call(m, rng.choice([s, "-" + s, "+12", "-3.5", "+", ""]), rng.choice([0, 3, 8]))
        elif m == "expandtabs":
            call(m, s + "\tx\t\ty", rng.choice([8, 4, 1, 0, -1]))
        elif m == "getitem":
            call(m, s, rng.choice([0, 1, -1, 5, -5, 20, -20]))
        elif m == "slice":
            call(m, s, idx(), idx(), rng.choice([None, 1, 2, -1, -2, 3, 0]))
        elif m == "repeat":
            call(m, s, rng.choice([0, 1, 3, -2]))
        elif m == "compare":
            call(m, s, rng.choice([s, sub_of(s), random_str(rng)]))
        else:
            call(m, s)
    for s in ["\u03a3", "A\u03a3", "A\u03a3b", "A\u03a3.", "A.\u03a3", "\u03a3A", "A\u03a3\u0301", "A\u03a3\u0301b",
              "\u1f88\u03a3", "\u03a3\u03a3", "A \u03a3", "\u00df", "\ufb01x", "\u0130", "\u0149n", "\u01c5a",
              "hello world", "HELLO", "\u1f80", "a\u0301\u03a3", "\ud800", "x\udfff\u03a3"]:
        for m in ["upper", "lower", "title", "capitalize", "swapcase", "istitle", "isupper", "islower", "repr"]:
            call(m, s)
    write("str_methods", rows)


# -- Sorting --
#
# Items are (id, value) pairs whose __lt__ logs the ids it compares and may raise on the
# k-th comparison; the key variant sorts by value // 3 (many ties). The expectation is
# the number of comparisons, a digest of their sequence and the resulting order of ids.

class SortFail(Exception):
    pass


class Logged:
    __slots__ = ("id", "v", "log")

    def __init__(self, id, v, log):
        self.id, self.v, self.log = id, v, log

    def __lt__(self, other):
        log = self.log
        log["n"] += 1
        log["h"] = fnv(self.id.to_bytes(8, "little") + other.id.to_bytes(8, "little"), log["h"])
        if log["n"] == log["fail"]:
            raise SortFail()
        return self.v < other.v


def sort_input(rng, n):
    shape = rng.choice(["random", "dups", "sorted", "reversed", "runs", "sawtooth", "few"])
    if shape == "random":
        return [rng.randrange(10**6) for _ in range(n)]
    if shape == "dups":
        return [rng.randrange(8) for _ in range(n)]
    if shape == "sorted":
        return sorted(rng.randrange(1000) for _ in range(n))
    if shape == "reversed":
        return sorted((rng.randrange(1000) for _ in range(n)), reverse=True)
    if shape == "runs":
        out = []
        while len(out) < n:
            run = sorted(rng.randrange(1000) for _ in range(rng.randint(1, 80)))
            out += run if rng.random() < 0.5 else run[::-1]
        return out[:n]
    if shape == "sawtooth":
        return [i % rng.randint(2, 40) for i in range(n)]
    return [rng.choice([5, 7]) if rng.random() < 0.9 else rng.randrange(100) for _ in range(n)]


def gen_sort(rng):
    rows = []
    sizes = [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 200] + [rng.randint(2, 300) for _ in range(200)]
    sizes += [rng.randint(300, 3000) for _ in range(30)] + [5000]
    for input_id, n in enumerate(sizes):
        values = sort_input(rng, n)
        rows.append(("input", input_id, " ".join(map(str, values))))
        for use_key in (False, True):
            for reverse in (False, True):
                log = {"n": 0, "h": 0xcbf29ce484222325, "fail": 0}
                items = [Logged(i, v, log) for i, v in enumerate(values)]
                probe = list(items)
                probe.sort(key=(lambda e: Logged(e.id, e.v // 3, log)) if use_key else None, reverse=reverse)
                total = log["n"]
                fails = [0] + ([rng.randint(1, total)] if total else [])
                for fail in fails:
                    log.update(n=0, h=0xcbf29ce484222325, fail=fail)
                    lst = list(items)
                    try:
                        lst.sort(key=(lambda e: Logged(e.id, e.v // 3, log)) if use_key else None, reverse=reverse)
                        status = "ok"
                    except SortFail:
                        status = "fail"
                    order = [e.id for e in lst]
                    rows.append(("sort", input_id, int(use_key), int(reverse), fail, status, log["n"], log["h"],
                                 fnv(b"".join(i.to_bytes(8, "little") for i in order))))
    write("sort", rows)


def main():
    rng = random.Random(3_11)
    gen_float_text(rng)
    gen_int(rng)
    gen_format_spec(rng)
    gen_str_format(rng)
    gen_percent(rng)
    gen_hash(rng)
    gen_set_order(rng)
    gen_str_methods(rng)
    gen_sort(rng)


if __name__ == "__main__":
    if sys.argv[1:] == ["--set-histories"]:
        assert os.environ.get("PYTHONHASHSEED") == "0"
        print(json.dumps(set_histories(random.Random(2024))))
    else:
        main()
