# Function and class decorators: plain, parameterised, stacked, stateful.

def trace(func):
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {func.__name__}({arg_text})")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(2, 3)
add(5, b=7)
print(add.__name__)  # the wrapper's own name: nothing copied it over

def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def shout(word):
    return word.upper() + "!"

print(shout("hey"))

def bold(func):
    return lambda *a: "<b>" + func(*a) + "</b>"

def italic(func):
    return lambda *a: "<i>" + func(*a) + "</i>"

@bold
@italic
def greet(name):
    return "hi " + name

print(greet("ann"))

# A decorator implemented as a class: instances are callable and keep state.
class counted:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(15), fib.calls, type(fib).__name__)

# Memoisation with a dict kept in a closure.
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper, cache

def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

slow_fib, fib_cache = memoize(slow_fib)
print(slow_fib(90), len(fib_cache))

# A registry filled by a decorator.
HANDLERS = {}

def handles(kind):
    def register(func):
        HANDLERS[kind] = func
        return func
    return register

@handles("add")
def do_add(x, y):
    return x + y

@handles("mul")
def do_mul(x, y):
    return x * y

for op, a, b in [("add", 2, 3), ("mul", 4, 5), ("add", "a", "b")]:
    print(op, HANDLERS[op](a, b))
print(list(HANDLERS))

# Class decorators.
def with_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in cls.fields)
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@with_repr
class Pair:
    fields = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right

print(Pair(1, "two"), [Pair(3, 4)])

REGISTRY = []

def register(cls):
    REGISTRY.append(cls.__name__)
    return cls

@register
class Alpha:
    pass

@register
class Beta(Alpha):
    pass

print(REGISTRY, issubclass(Beta, Alpha))

# Decorating methods.
class Account:
    def __init__(self):
        self.balance = 0

    def __repr__(self):
        return f"Account(balance={self.balance})"

    @trace
    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account()
acct.deposit(50)
acct.deposit(25)
print(acct.balance)
