# Bound methods are first-class values: stored, passed, compared, and bound to their
# instance; functions looked up on the class are plain functions.

class Light:
    def __init__(self, name):
        self.name = name
        self.on = False

    def toggle(self):
        self.on = not self.on
        return f"{self.name} {'on' if self.on else 'off'}"

kitchen, hall = Light("kitchen"), Light("hall")
switch = kitchen.toggle
print(switch(), switch(), switch())
print(kitchen.on, hall.on)

actions = [kitchen.toggle, hall.toggle, hall.toggle]
print([a() for a in actions])

# Bound methods remember their instance; the class attribute is the plain function.
print(switch.__self__ is kitchen, switch.__func__ is Light.toggle, Light.toggle(hall))
print(kitchen.toggle == kitchen.toggle, kitchen.toggle == hall.toggle)

# Passing bound methods to higher-order functions.
class Inventory:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)
        return len(self.items)

    def has(self, item):
        return item in self.items

inv = Inventory()
print(list(map(inv.add, ["apple", "pear", "fig"])))
print(list(filter(inv.has, ["fig", "kiwi", "apple"])))
print(sorted(["fig", "apple", "pear"], key=inv.items.index))

# Builtin bound methods too.
words = []
append = words.append
for w in "one two three".split():
    append(w)
print(words, "".join(map(str.upper, words)), list(map("-".join, ["ab", "cd"])))
upper = "shout".upper
print(upper(), str.upper("whisper"))
lookup = {"a": 1}.get
print(lookup("a"), lookup("b", 0))

# A method stored on an instance is not bound.
def standalone(x):
    return f"standalone({x})"

kitchen.helper = standalone
print(kitchen.helper(5))

# A dispatch table of bound methods.
class Calculator:
    def __init__(self):
        self.value = 0
        self.ops = {"+": self.add, "-": self.sub, "*": self.mul}

    def add(self, x):
        self.value += x

    def sub(self, x):
        self.value -= x

    def mul(self, x):
        self.value *= x

    def run(self, program):
        for token in program.split():
            op, arg = token[0], int(token[1:])
            self.ops[op](arg)
        return self.value

print(Calculator().run("+5 *3 -1 *2"))

# Methods replaced on the class affect existing instances' later lookups.
old = Light.toggle
Light.toggle = lambda self: f"{self.name} is now broken"
print(hall.toggle(), old(hall))
Light.toggle = old
print(hall.toggle())

# Calling an unbound method without an instance fails.
try:
    Light.toggle()
except TypeError as e:
    print("TypeError:", e)

# Bound methods of different instances of the same class in one list, called in a loop:
# the call site sees the same method with different receivers.
lights = [Light(f"l{i}") for i in range(4)]
toggles = [l.toggle for l in lights for _ in range(2 if int(l.name[1:]) % 2 else 1)]
print([t() for t in toggles])
print([l.on for l in lights])
