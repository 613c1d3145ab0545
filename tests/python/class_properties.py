# Properties: getters, setters with validation, deleters, read-only and computed properties.

class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius          # goes through the setter

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"temperature below absolute zero: {value}")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius + 273.15

t = Temperature(25)
print(t.celsius, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    Temperature(-500)
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError:", e)

# A deleter and the property() function form.
class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
        self._nickname = None

    def get_full(self):
        return f"{self.first} {self.last}"

    def set_full(self, value):
        self.first, self.last = value.split(" ", 1)

    def del_full(self):
        print("deleting name of", self.first)
        self.first = self.last = ""

    full_name = property(get_full, set_full, del_full)

    @property
    def nickname(self):
        return self._nickname or self.first.lower()

    @nickname.setter
    def nickname(self, value):
        self._nickname = value

    @nickname.deleter
    def nickname(self):
        self._nickname = None

p = Person("Grace", "Hopper")
print(p.full_name, p.nickname)
p.full_name = "Ada King Lovelace"
print(p.first, "|", p.last, "|", p.full_name)
p.nickname = "Countess"
print(p.nickname)
del p.nickname
print(p.nickname)
del p.full_name
print(repr(p.full_name))

# Properties are class attributes: inherited and overridable.
class Square:
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side ** 2

class LoggedSquare(Square):
    @property
    def area(self):
        value = super().area
        print("computing area", value)
        return value

print(Square(3).area, LoggedSquare(4).area)
print(isinstance(Square.area, property))

# Lazy computed property cached in the instance.
class Dataset:
    def __init__(self, values):
        self.values = values
        self._stats = None
        self.computations = 0

    @property
    def stats(self):
        if self._stats is None:
            self.computations += 1
            n = len(self.values)
            mean = sum(self.values) / n
            var = sum((v - mean) ** 2 for v in self.values) / n
            self._stats = (n, mean, var)
        return self._stats

ds = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(ds.stats, ds.stats, ds.computations)

# A property without a setter cannot be assigned, and cannot be deleted without a deleter.
class Frozen:
    @property
    def value(self):
        return 42

f = Frozen()
for action in ("set", "del"):
    try:
        if action == "set":
            f.value = 1
        else:
            del f.value
    except AttributeError as e:
        print("AttributeError:", e)
print(f.value)
