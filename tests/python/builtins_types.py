# type, isinstance, issubclass, callable, hasattr/getattr/setattr, hash, id, repr of types.

values = [0, 1.5, "s", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(1), len, type]
for v in values:
    print(repr(type(v)), type(v).__name__)

print(type(1) is int, type(True) is bool, type(True) is int, type(type) is type, type(int))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1, (str, int)))
print(isinstance("x", (list, tuple)), isinstance([], object), isinstance(None, object), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(bool, (str, int)))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)

class Animal:
    sound = "..."

    def speak(self):
        return self.sound

class Dog(Animal):
    sound = "woof"

d = Dog()
print(type(d).__name__, type(d) is Dog, isinstance(d, Animal), issubclass(Dog, Animal), issubclass(Animal, Dog))
print(type(d) == Animal, Dog.__name__, Animal.__name__, repr(Dog) == "<class '__main__.Dog'>")

print(callable(len), callable(Dog), callable(d), callable(d.speak), callable(lambda: 0), callable(5), callable("s"))

print(hasattr(d, "sound"), hasattr(d, "speak"), hasattr(d, "fly"), hasattr("s", "upper"))
print(getattr(d, "sound"), getattr(d, "fly", "no fly"), getattr(d, "speak")(), getattr([], "append") is not None)
setattr(d, "sound", "WOOF")
setattr(d, "name", "rex")
print(d.sound, d.name, Dog.sound, getattr(d, "name"))
try:
    getattr(d, "fly")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(d, 5)
except TypeError as e:
    print("TypeError:", e)

# hash: equal values hash equal; small ints hash to themselves; -1 hashes to -2.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 6), hash(True), hash(1.0), hash(1.5), hash(-0.0))
print(hash("abc") == hash("ab" + "c"), hash((1, "x")) == hash((1, "x")), hash(2 ** 64) == hash(float(2 ** 64)))
print(hash(float("inf")), hash(float("-inf")), hash(0.1))
for unhashable in ([], {}, set()):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)

# id: stable for one object, different for two live objects; 'is' agrees with it.
a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), (id(a) == id(b)) == (a is b), type(id(a)).__name__)
c = a
print(id(c) == id(a), c is a)

# repr of builtin functions and classes.
print(repr(int), repr(str), repr(object), repr(ValueError), repr(type(None)))
print(repr(len), repr(print))
