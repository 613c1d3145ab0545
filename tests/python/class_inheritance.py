# Single inheritance: overriding, extending with super(), isinstance, attribute lookup order.

class Shape:
    kind = "shape"
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return f"{self.kind} {self.name} with area {self.area():g}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Rectangle(Shape):
    kind = "rectangle"

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

class Square(Rectangle):
    kind = "square"

    def __init__(self, name, side):
        super().__init__(name, side, side)

    def describe(self):
        return super().describe() + f" (side {self.w})"

class Circle(Shape):
    def __init__(self, name, r):
        Shape.__init__(self, name)      # explicit base call, old style
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

shapes = [Shape("blob"), Rectangle("door", 2, 7), Square("tile", 3), Circle("coin", 1)]
for s in shapes:
    print(s.describe())
print(shapes, Shape.count)

sq = shapes[2]
print(isinstance(sq, Square), isinstance(sq, Rectangle), isinstance(sq, Shape), isinstance(sq, Circle))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, Square))
print(type(sq) is Rectangle, type(sq).__name__, sq.kind, Circle.kind)
print([c.__name__ for c in Square.__mro__])
print(Square.__bases__[0].__name__, Shape.__bases__[0].__name__)

# Overriding a method changes behaviour for calls made from base-class methods.
class Base:
    def template(self):
        return f"[{self.hook()}]"

    def hook(self):
        return "base hook"

class Derived(Base):
    def hook(self):
        return "derived hook"

print(Base().template(), Derived().template())

# Attributes set in the base __init__ are present on the subclass instance.
class Animal:
    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs

    def speak(self):
        raise NotImplementedError(f"{type(self).__name__} cannot speak")

class Bird(Animal):
    def __init__(self, name):
        super().__init__(name, legs=2)

    def speak(self):
        return "tweet"

class Fish(Animal):
    def __init__(self, name):
        super().__init__(name, legs=0)

for animal in [Bird("robin"), Fish("nemo")]:
    try:
        print(animal.name, animal.legs, animal.speak())
    except NotImplementedError as e:
        print(animal.name, animal.legs, "NotImplementedError:", e)

# A subclass that forgets to call super().__init__ lacks the base attributes.
class Careless(Animal):
    def __init__(self):
        self.tag = "no name"

c = Careless()
print(c.tag, hasattr(c, "name"))

# Class attributes are inherited and can be overridden at any level.
class A:
    x = "A.x"
    y = "A.y"

class B(A):
    y = "B.y"

class C(B):
    pass

print(C.x, C.y, C().x)
A.x = "changed"
print(C.x)
B.x = "B now has x"
print(C.x, A.x)

# Deep hierarchy: method found on the nearest ancestor.
class L0:
    def who(self):
        return "L0"

class L1(L0):
    pass

class L2(L1):
    def who(self):
        return "L2>" + super().who()

class L3(L2):
    pass

print(L3().who())
