# str.format: automatic, numbered and named fields, attributes and indexes, conversions,
# format specs and nested specs.

print("{} + {} = {}".format(1, 2, 1 + 2))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age} years old".format(name="Ada", age=36))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "value"}))
print("{!r} {!s} {!r:>8}".format("text", "text", "t"))
print("{:>10}|{:<10}|{:^10}|".format("right", "left", "centre"))
print("{:*^15}|{:#<6}|{:0>4}".format(" title ", "ab", 7))
print("{:d} {:5d} {:<5d}| {:+d} {:+d} {: d}".format(42, 42, 42, 42, -42, 42))
print("{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:08b}".format(255, 255, 255, 8, 8, 5, 5, 5))
print("{:,} {:,} {:_} {:_x}".format(1234567, -9876543210, 1000000, 0xFFFFFFFF))
print("{:f} {:.2f} {:10.3f} {:<10.1f}| {:+.1f}".format(3.14159, 3.14159, 2.71828, 1.5, 2.25))
print("{:e} {:.3e} {:E} {:g} {:g} {:g} {:.3g}".format(12345.678, 0.000123, 1e10, 1e-5, 123456789.0, 0.0001, 3.14159))
print("{:%} {:.1%} {:.0%}".format(0.25, 0.1234, 1))
print("{:.3} {:.5} {:10.2}|".format("abcdef", "ab", "xyz"))
print("{:,.2f} {:>12,.2f}|".format(1234567.891, 9876.5))
print("{:=+8d} {:=8.2f} {:08.2f} {:+08d}".format(42, -3.5, -3.5, 17))
print("{0:{1}} {0:>{1}} {2:.{3}f}".format("w", 5, 3.14159, 2))
print("{:{fill}{align}{width}}".format("dyn", fill="~", align="^", width=9))
print("{{}} {{{}}} {{0}}".format("inside"))
print("{:c} {:c}".format(65, 0x3bb))
print("{} {}".format(None, True), "{:d}".format(True), "{:.1f}".format(2))
print("{:.2f}".format(float("inf")), "{:e}".format(float("-inf")), "{:f}".format(float("nan")))
print("{:g} {:g} {:g} {:.0f} {:.0f} {:.0f}".format(1e16, 1.5e-5, 100.0, 0.5, 1.5, 2.5))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return "P"

    def __repr__(self):
        return "Point()"

p = Point(3, 4)
print("({0.x}, {0.y}) {0} {0!r} {0!s:>3}".format(p))
print("{p.x}/{p.y}".format(p=p))

# Tables.
rows = [("alpha", 1, 1.0), ("beta", 22, 0.333333), ("gamma", 333, 12.5)]
header = "{:<8}{:>6}{:>10}".format("name", "count", "ratio")
print(header)
print("-" * len(header))
for row in rows:
    print("{:<8}{:>6}{:>10.3f}".format(*row))
print("{:<8}{:>6}{:>10.3f}".format("total", sum(r[1] for r in rows), sum(r[2] for r in rows)))

# Errors.
for template, args in [("{} {}", ("only one",)), ("{:d}", ("str",)), ("{0} {}", (1, 2)),
                       ("{:>x}", (1.5,)), ("{missing}", ()), ("{:,s}", ("a",))]:
    try:
        print(template.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
