# Class and static methods through inheritance (alternative constructors, super() in a
# classmethod, class decorators from a classmethod), properties extended by subclasses.
class Shape:
    registry = {}
    def __init__(self, name): self.name = name
    @classmethod
    def create(cls, name): return cls(name)
    @classmethod
    def register(cls, key):
        def deco(sub):
            cls.registry[key] = sub
            return sub
        return deco
    @staticmethod
    def area_of(s): return s.area()
    def area(self): return 0
    def __repr__(self): return f"{type(self).__name__}({self.name!r})"
@Shape.register("sq")
class Square(Shape):
    def __init__(self, name, side=2):
        super().__init__(name)
        self.side = side
    def area(self): return self.side ** 2
    @classmethod
    def create(cls, name): 
        obj = super().create(name)
        obj.side = 3
        return obj
print(Shape.create("s"), Square.create("q"), Square.create("q").side, Shape.registry)
print(Shape.area_of(Square("a")), Square.area_of(Square("b", 5)), Square("c").area_of(Shape("d")))
cm = Square.create
print(cm.__self__ is Square, cm.__func__.__name__, cm("x"))
sm = Square.area_of
print(sm(Square("e", 4)), type(sm).__name__)
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    c = property(lambda self: self._c)
t = Temp(100); print(t.f, t.c); t.f = 32; print(t.c, t.f)
class Derived(Temp):
    @Temp.f.getter
    def f(self): return round(super().f)
d = Derived(37.2); print(d.f, Temp(37.2).f)
d.f = 212; print(d.c)
print(isinstance(Temp.f, property), Temp.f.fset is not None, Derived.f.fset is Temp.f.fset)
