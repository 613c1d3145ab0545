# f-strings: expressions, conversions, format specs, nested fields and the = form.
import math

name = "World"
n = 42
pi = math.pi
items = ["a", "b"]

print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2:5d}|{n:<6}|{n:^7}|{n:>8}|")
print(f"{name!r} {name!s} {items!r} {'quote'!r}")
print(f"{pi:.3f} {pi:10.4f} {pi:<10.2f}| {pi:e} {pi:.2e} {pi:g}")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.125:.1%} {-7:+d} {7:+d} {7: d}")
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#o} {255:#b} {255:08b}")
print(f"{'left':*<10}|{'right':->10}|{'mid':=^9}|")
print(f"{3.0} {1e20} {1.5e-7} {2**70} {-0.0}")

width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{n:0{width}d}]")

x = 10
y = 3
print(f"{x=} {y=} {x / y=:.2f} {name=!s} {items[0]=}")
print(f"{x + y = }")

print(f"{{literal}} {{{n}}}")
print(f"{'nested ' + f'{n:03d}'}")
print(f"{[i * i for i in range(4)]} {dict(a=1)} {(1, 2)}")
print(f"{'yes' if n > 40 else 'no'}")
print(f"{items[1]} {len(items)} {name.lower()} {name[::-1]}")
multi = (f"{n}"
         f"-{name}"
         "-plain")
print(multi)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(3, 4)
print(f"{p} {p!r} {p!s:>12}| {p!r:<14}|")
r = math.hypot(p.x, p.y)
print(f"r={r:.2f} {r:08.3f} {-r:+.1f}")

for row in [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 2.75)]:
    fruit, count, price = row
    print(f"{fruit:<8}{count:>4}{price:>8.2f}{count * price:>9.2f}")

print(f"{True} {None} {True:d} {False!r}")
print(f"{'tab':>6}\t{'end'}")
