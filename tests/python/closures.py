# Closures: captured cells, late binding, factories and shared state.

def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(21), triple(7), make_multiplier("ab")(3))

# Late binding: all closures see the final value of the loop variable.
funcs = []
for i in range(4):
    funcs.append(lambda: i * 10)
print([f() for f in funcs])

# Binding early through a default argument or a factory.
funcs = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in funcs])
funcs = [make_multiplier(i) for i in range(4)]
print([f(10) for f in funcs])

# Two closures sharing one cell.
def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        return balance
    return deposit, withdraw

deposit, withdraw = bank(100)
print(deposit(50), withdraw(30))
try:
    withdraw(500)
except ValueError as e:
    print("error:", e)
print(deposit(0))

# A closure captures the variable, not the value.
def capture_then_change():
    value = "before"
    def read():
        return value
    value = "after"
    return read()

print(capture_then_change())

# Accumulator generator pattern.
def accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add

acc = accumulator()
print([acc(x) for x in [1, 2, 3, 4]])

# Composition of functions.
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(5), compose(sq, inc)(5), compose()(5))

# Currying by nested closures.
def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)

volume = curry3(lambda a, b, c: a * b * c)
print(volume(2)(3)(4))

# Recursive closure referring to itself through the enclosing scope.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

print(make_fact()(20))

# Closures over loop variables inside nested functions of a class method.
class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, handler):
        self.handlers.append(handler)

    def click(self):
        return [h(self) for h in self.handlers]

buttons = [Button(name) for name in ("ok", "cancel")]
for n, b in enumerate(buttons):
    b.on_click(lambda btn, n=n: f"{btn.label}#{n}")
    b.on_click(lambda btn: btn.label.upper())
print([b.click() for b in buttons])

# A counter object built only from closures.
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return {"push": push, "pop": pop, "size": size}

st = make_stack()
for ch in "abc":
    st["push"](ch)
print(st["size"](), st["pop"](), st["pop"](), st["size"]())
