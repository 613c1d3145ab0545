# Parameters: defaults, keyword arguments, *args, **kwargs, keyword-only, and the
# TypeErrors CPython raises for bad calls.

def describe(name, greeting="Hello", *extra, punct="!", **options):
    parts = [greeting + ", " + name + punct]
    if extra:
        parts.append("extra=" + repr(extra))
    for key in sorted(options):
        parts.append(f"{key}={options[key]!r}")
    return " | ".join(parts)

print(describe("Ada"))
print(describe("Ada", "Hi"))
print(describe("Ada", "Hi", 1, 2, 3))
print(describe("Ada", punct="?"))
print(describe(greeting="Yo", name="Bob"))
print(describe("Cy", "Hey", "x", punct=".", color="red", size=3))

args = ("Dee", "Howdy", 10)
kwargs = {"punct": ";", "mood": "happy"}
print(describe(*args, **kwargs))
print(describe(*["Eve"], **{"greeting": "Salut"}))
print(describe("Fay", *(), **{}))

def kwonly(a, *, b, c=3):
    return a + b + c

print(kwonly(1, b=2), kwonly(1, c=10, b=2))

def collect(*args, **kwargs):
    return args, sorted(kwargs.items())

print(collect())
print(collect(1, 2, x=3))
print(collect(*range(3), *"ab", **{"k": 1}, **{"j": 2}))

# Defaults are evaluated once, at definition time.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

def fresh(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(fresh(1), fresh(2))

counter = 10
def default_snapshot(x=counter):
    return x
counter = 20
print(default_snapshot())

def try_call(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except TypeError as e:
        return "TypeError: " + str(e)

def two(a, b):
    return a + b

print(try_call(two, 1))
print(try_call(two, 1, 2, 3))
print(try_call(two, 1, a=2))
print(try_call(two, 1, c=2))
print(try_call(two))
print(try_call(kwonly, 1))
print(try_call(kwonly, 1, 2))
print(try_call(lambda: 0, 5))

# Functions are values with names.
def outer_name():
    pass

print(outer_name.__name__, (lambda: 0).__name__, describe.__name__)
