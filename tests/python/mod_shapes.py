# Imported by import_from.py; imports mod_geometry itself. Also runs on its own.
from mod_geometry import polygon_area, Vector
import mod_geometry as geo

print("mod_shapes: loading, __name__ =", __name__)

registry = []


class Shape:
    def __init__(self, name):
        self.name = name
        registry.append(name)

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def describe(self):
        return f"{self.name}: area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return polygon_area([(0, 0), (self.w, 0), (self.w, self.h), (0, self.h)])


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return geo.math.pi * self.r ** 2


def centre_of(points):
    total = Vector(0, 0)
    for x, y in points:
        total = total + Vector(x, y)
    return total * (1 / len(points))


if __name__ == "__main__":
    print(Rect(2, 3).describe(), registry)
