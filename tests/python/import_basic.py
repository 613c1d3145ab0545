# import of a sibling module: attribute access, module state, identity of repeated imports.
print("import_basic: start")
import mod_geometry
print("import_basic: imported once")
import mod_geometry as g2
import mod_geometry

print(mod_geometry is g2)
print(mod_geometry.__name__)
print(mod_geometry.distance((6, 8)))
print(mod_geometry.distance((1, 1), (4, 5)))
print(mod_geometry.polygon_area([(0, 0), (2, 0), (2, 2), (0, 2)]))
print(mod_geometry.ORIGIN)

v = mod_geometry.Vector(1.5, 2) + mod_geometry.Vector(0.5, 1)
print(v, v.length(), 3 * v)
print(isinstance(v, g2.Vector), type(v).__name__)
print(mod_geometry.created())

# Module attributes can be changed from outside; every importer sees the change.
mod_geometry.ORIGIN = (1.0, 1.0)
print(g2.distance((4, 5)))

# A module's functions see its globals, not ours.
_created = "importer's own"
print(mod_geometry.created(), _created)

print(hasattr(mod_geometry, "polygon_area"), hasattr(mod_geometry, "missing"))
try:
    mod_geometry.missing
except AttributeError as e:
    print("AttributeError:", e)

import math
print(mod_geometry.math is math)
