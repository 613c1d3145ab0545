#!/usr/bin/env python3.11
"""Writes the expected-value tables of the Python value-semantics library tests
(tests/unit/python_lib_*_test.cpp) by running CPython 3.11 on every case.

    python3.11 tests/unit/python_lib_gen.py

Each table is tests/unit/python_lib_data/<name>.tsv: one case per line, tab-separated
fields, with backslash, tab, newline and carriage return escaped by a backslash. An
expected error is written "!Kind: message". The cases are random but seeded, so the
output is reproducible.
"""
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python_lib_data")


def esc(field):
    s = field if isinstance(field, str) else str(field)
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


def main():
    rng = random.Random(3_11)
    gen_float_text(rng)


main()
