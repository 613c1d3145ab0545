# Classes: instance and class attributes, methods, __init__, class-level state, shadowing.

class Counter:
    instances = 0          # class attribute shared by all instances
    step = 1

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.instances += 1

    def increment(self):
        self.value += self.step
        return self

    def reset(self):
        self.value = 0

    def describe(self):
        return f"{self.name}={self.value}"

a = Counter("a")
b = Counter("b", 10)
a.increment().increment()
b.increment()
print(a.describe(), b.describe(), Counter.instances, a.instances)

# Instance attribute shadows the class attribute for that instance only.
b.step = 5
b.increment()
a.increment()
print(a.describe(), b.describe(), Counter.step, b.step)

# Changing the class attribute affects instances that do not shadow it.
Counter.step = 100
a.increment()
b.increment()
print(a.describe(), b.describe())

# Deleting the instance attribute reveals the class attribute again.
del b.step
b.increment()
print(b.describe())

# Mutable class attributes are shared.
class Bag:
    items = []

    def add(self, x):
        self.items.append(x)

class SafeBag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

b1, b2 = Bag(), Bag()
b1.add(1)
b2.add(2)
s1, s2 = SafeBag(), SafeBag()
s1.add(1)
s2.add(2)
print(b1.items, b2.items, s1.items, s2.items, b1.items is Bag.items)

# Attributes can be added to instances after creation.
class Record:
    pass

r = Record()
r.x = 1
r.y = [2]
print(r.x, r.y, hasattr(r, "z"))
try:
    r.z
except AttributeError as e:
    print("AttributeError:", e)

# Methods are looked up on the class; functions assigned to the class become methods.
def shout(self):
    return self.name.upper() + "!"

Counter.shout = shout
print(a.shout(), Counter.shout(b))

# Calling a method through the class passes self explicitly.
print(Counter.describe(a), Counter.increment(a).value)

# Class bodies run top to bottom and may compute attributes.
class Config:
    sizes = [2 ** i for i in range(5)]
    total = sum(sizes)
    names = {n: len(n) for n in ["small", "large"]}

print(Config.sizes, Config.total, Config.names)

# Class attribute lookups through instances and the class.
class Defaults:
    color = "red"
    size = 3

x = Defaults()
x.color = "blue"
print(x.color, Defaults.color, x.size, getattr(Defaults, "size"))
Defaults.size = 4
print(x.size)

# Instances of a class are distinct objects; equality defaults to identity.
p, q = Record(), Record()
print(p == q, p == p, p != q, p is not q)

# A class with __init__ returning a non-None value fails.
class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

# Calling with the wrong number of arguments.
try:
    Counter()
except TypeError as e:
    print("TypeError:", e)
try:
    a.increment(5)
except TypeError as e:
    print("TypeError:", e)
