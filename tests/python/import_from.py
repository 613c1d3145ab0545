# from ... import, aliases, a module that imports another module, import errors.
from mod_shapes import Rect, Circle, registry, centre_of
from mod_geometry import Vector as V, distance
import mod_shapes
import mod_geometry

shapes = [Rect(3, 4), Circle(1), Rect(1, 1)]
for s in shapes:
    print(s.describe())
print(registry)
print(registry is mod_shapes.registry)

print(centre_of([(0, 0), (4, 0), (4, 2), (0, 2)]))
print(V(1, 1) + V(2, 3), distance((5, 12)))
print(mod_geometry.created())

# Names bound by from-import are copies of the binding at import time.
from mod_geometry import ORIGIN
mod_geometry.ORIGIN = "changed"
print(ORIGIN, mod_geometry.ORIGIN)

class Triangle(mod_shapes.Shape):
    def __init__(self, base, height):
        super().__init__("triangle")
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height / 2

print(Triangle(3, 5).describe(), len(registry))

try:
    mod_shapes.Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)

try:
    from mod_geometry import no_such_name
except ImportError as e:
    print("ImportError:", type(e).__name__)

try:
    import mod_does_not_exist
except ImportError as e:
    print(type(e).__name__ + ":", e)
