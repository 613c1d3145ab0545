# __eq__ and __hash__ rules: defining __eq__ alone makes instances unhashable; defining
# both makes them usable as dict keys and set members; default hashing is by identity.

class Plain:
    def __init__(self, v):
        self.v = v

a, b = Plain(1), Plain(1)
print(a == b, a == a, len({a, b}), len({a, a}), {a: "x"}[a])

class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v

print(EqOnly.__hash__ is None, EqOnly(1) == EqOnly(1))
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly(2))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(3): "value"}
except TypeError as e:
    print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(3, 3) in pts)
d = {Point(0, 0): "origin"}
d[Point(0, 0)] = "still origin"
print(d, d[Point(0, 0)], hash(Point(1, 2)) == hash((1, 2)))
print(Point(1, 2) == (1, 2), Point(1, 2) != (1, 2))

# Subclasses: overriding __eq__ in a subclass resets __hash__ to None there.
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __eq__(self, other):
        return super().__eq__(other) and getattr(other, "z", None) == self.z

print(Point3.__hash__ is None)
try:
    {Point3(1, 2, 3)}
except TypeError as e:
    print("TypeError:", e)

class Point3Hashable(Point3):
    __hash__ = Point.__hash__

print(len({Point3Hashable(1, 2, 3), Point3Hashable(1, 2, 3)}))

# Inheriting without overriding __eq__ keeps the base __hash__.
class NamedPoint(Point):
    pass

print(len({NamedPoint(5, 5), NamedPoint(5, 5), Point(5, 5)}))

# __hash__ = None explicitly makes a class unhashable even without __eq__.
class Unhashable:
    __hash__ = None

try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)

# Mutating an object after using it as a key breaks lookups (hash changed).
k = Point(7, 7)
table = {k: "seven"}
k.x = 8
print(Point(7, 7) in table, Point(8, 7) in table, len(table))

# __hash__ must return an int.
class BadHash:
    def __hash__(self):
        return "nope"

try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)

# Large hash values are reduced like CPython's.
class BigHash:
    def __hash__(self):
        return 2 ** 100

print(hash(BigHash()), hash(BigHash()) == hash(2 ** 100))

# Equality with NotImplemented on both sides falls back to identity.
class Shy:
    def __eq__(self, other):
        return NotImplemented

    __hash__ = object.__hash__

s = Shy()
print(s == s, s == Shy(), s != Shy(), len({s, s}))

# __eq__ is tried reflected when the right operand's type is a subclass.
class Base:
    def __eq__(self, other):
        return "Base.__eq__"

class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"

print(Base() == Derived(), Derived() == Base(), Base() == 1, 1 == Base())
