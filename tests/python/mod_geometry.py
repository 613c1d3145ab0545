# Imported by import_basic.py, import_from.py and mod_shapes.py; also runs on its own.
import math

print("mod_geometry: loading")

ORIGIN = (0.0, 0.0)
_created = 0


def distance(p, q=ORIGIN):
    return math.hypot(p[0] - q[0], p[1] - q[1])


def polygon_area(points):
    """Shoelace formula."""
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


class Vector:
    def __init__(self, x, y):
        global _created
        _created += 1
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def length(self):
        return distance((self.x, self.y))

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def created():
    return _created


if __name__ == "__main__":
    print("mod_geometry: self-test")
    print(distance((3, 4)), polygon_area([(0, 0), (4, 0), (4, 3)]))
    print(Vector(1, 2) + 2 * Vector(3, 4), created())
