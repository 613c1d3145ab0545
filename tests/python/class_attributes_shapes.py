# Many instances with attributes added in different orders, conditionally, and deleted:
# attribute access must stay correct whatever layout the objects end up with.

class Particle:
    def __init__(self, i):
        if i % 2 == 0:
            self.x = i
            self.y = -i
        else:
            self.y = -i
            self.x = i
        if i % 3 == 0:
            self.charge = i % 5 - 2
        self.mass = 1 + i % 4

    def momentum(self):
        return self.mass * (self.x + self.y + getattr(self, "charge", 0))

particles = [Particle(i) for i in range(12)]
print([p.momentum() for p in particles])
print([hasattr(p, "charge") for p in particles])

# Adding attributes later and deleting them.
for p in particles[::4]:
    p.tag = f"t{p.x}"
for p in particles[1::3]:
    del p.mass
    p.mass = 10
print([getattr(p, "tag", "-") for p in particles])
print(sum(p.mass for p in particles))

# The same attribute name read from objects of different classes in one loop.
class A:
    def __init__(self):
        self.value = "A"

class B:
    def __init__(self):
        self.other = 0
        self.value = "B"

class C:
    value = "C (class attribute)"

class D(A):
    @property
    def value(self):
        return "D (property)"

    @value.setter
    def value(self, v):
        self._v = v

objs = [A(), B(), C(), D(), A(), B()]
print([o.value for o in objs])
print([o.value for o in objs])

# Setting through setattr with computed names.
class Bag:
    pass

bag = Bag()
for i, name in enumerate(["alpha", "beta", "gamma", "delta"]):
    setattr(bag, name, i * i)
print([getattr(bag, n) for n in ["delta", "gamma", "beta", "alpha"]])
del bag.beta
print(hasattr(bag, "beta"), getattr(bag, "beta", None), bag.gamma)
bag.beta = "back"
print(bag.beta, bag.alpha)

# Many attributes on one object.
wide = Bag()
for i in range(50):
    setattr(wide, f"f{i}", i)
print(sum(getattr(wide, f"f{i}") for i in range(50)), wide.f49, wide.f0)
del wide.f0, wide.f10, wide.f48
print(sum(getattr(wide, f"f{i}", 0) for i in range(50)), hasattr(wide, "f48"), wide.f47)

# Instance attributes shadowing methods.
class Greeter:
    def hello(self):
        return "method hello"

g = Greeter()
print(g.hello())
g.hello = lambda: "instance hello"
print(g.hello(), Greeter().hello())
del g.hello
print(g.hello())

# A class attribute changed after instances exist.
class Setting:
    level = 1

settings = [Setting() for _ in range(3)]
settings[1].level = 5
Setting.level = 2
print([s.level for s in settings])
