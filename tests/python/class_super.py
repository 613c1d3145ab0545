# super(): zero-argument and explicit forms, in methods, classmethods and properties,
# and how it follows the MRO of the instance rather than the defining class's bases.

class Base:
    def greet(self):
        return "Base.greet"

    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"

    @property
    def label(self):
        return "base-label"

class Child(Base):
    def greet(self):
        return "Child.greet > " + super().greet()

    @classmethod
    def create(cls):
        return "Child.create > " + super().create()

    @property
    def label(self):
        return "child+" + super().label

class GrandChild(Child):
    def greet(self):
        return "GrandChild.greet > " + super().greet()

    def skip_parent(self):
        # Explicit two-argument super starts the search after Child.
        return super(Child, self).greet()

g = GrandChild()
print(g.greet())
print(g.skip_parent())
print(GrandChild.create(), "|", Child.create())
print(g.label)

# super() follows the instance's MRO: in a diamond, Left's super() is Right.
class Top:
    def name(self):
        return ["Top"]

class Left(Top):
    def name(self):
        return ["Left"] + super().name()

class Right(Top):
    def name(self):
        return ["Right"] + super().name()

class Bottom(Left, Right):
    def name(self):
        return ["Bottom"] + super().name()

print(Bottom().name(), Left().name())

# super() in __init__ with arguments, and in __repr__ / __str__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3D(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.z})"

print(Point3D(1, 2, 3), [Point(0, 0), Point3D(4, 5, 6)])

# super() for builtin base classes.
class LoudList(list):
    def append(self, item):
        super().append(str(item).upper())

class DefaultDict(dict):
    def __init__(self, default, *args):
        super().__init__(*args)
        self.default = default

    def __getitem__(self, key):
        if key in self:
            return super().__getitem__(key)
        return self.default

ll = LoudList()
ll.append("hi")
ll.append(3)
print(ll)
dd = DefaultDict(0, [("a", 1)])
print(dd["a"], dd["zzz"], len(dd))

# super() attribute errors name the super object.
class Lonely:
    def method(self):
        return super().method()

try:
    Lonely().method()
except AttributeError as e:
    print("AttributeError:", e)

# super() in a staticmethod has no instance and fails; using the class explicitly works.
class Helper(Base):
    @staticmethod
    def util():
        return super(Helper, Helper).create()

print(Helper.util())
