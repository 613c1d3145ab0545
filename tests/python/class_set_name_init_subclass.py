# __set_name__ on the attributes of a new class (and 3.11's RuntimeError when it fails),
# __init_subclass__ as an implicit classmethod, through super() to object's.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, v):
        setattr(obj, self.name, v * 2)
class Rec:
    a = Field()
    b = Field()
r = Rec(); r.a = 5
print(r.a, r.b, Rec.a.name)
class Registry:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append(cls.__name__)
class A(Registry): pass
class B(A): pass
print(Registry.subclasses)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Holder:
        x = Bad()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} lacks required")
class Good(Strict):
    required = 1
try:
    class Missing(Strict): pass
except TypeError as e:
    print("TypeError:", e)
