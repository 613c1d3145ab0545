# StopIteration and generators: return values, PEP 479 (StopIteration raised inside a
# generator becomes RuntimeError), and next() with defaults.

def gen_returning():
    yield 1
    return "done"

g = gen_returning()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)

def gen_plain():
    yield 1

p = gen_plain()
next(p)
try:
    next(p)
except StopIteration as e:
    print("plain value:", e.value, "args:", e.args)

# StopIteration escaping from inside a generator body is turned into RuntimeError.
def leaky():
    yield "before"
    next(iter([]))      # raises StopIteration inside the generator
    yield "never"

lk = leaky()
print(next(lk))
try:
    next(lk)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

def explicit_raise():
    yield 1
    raise StopIteration("explicit")

try:
    list(explicit_raise())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# Handling StopIteration correctly inside a generator.
def safe_pairs(iterable):
    it = iter(iterable)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b

print(list(safe_pairs(range(7))))

# StopIteration from a plain iterator class is how for loops end.
class Three:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("class iterator done")
        return self.n

print(list(Three()))
t = Three()
for _ in range(3):
    next(t)
try:
    next(t)
except StopIteration as e:
    print("from class:", e.value, e.args)

# A StopIteration raised in a for loop body (not from the iterator) is an ordinary error.
try:
    for x in [1, 2]:
        raise StopIteration("from body")
except StopIteration as e:
    print("body StopIteration propagates:", e)

# next() with a default swallows StopIteration; the value is lost.
print(next(gen_returning(), "unused"), next(iter(()), "empty default"))

# StopIteration with a value from return inside try/finally.
def ret_in_finally():
    try:
        yield "x"
        return "from try"
    finally:
        print("  finally runs before StopIteration is raised")

r = ret_in_finally()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value:", e.value)

# Returning a value from a generator used in a for loop discards it.
print([v for v in gen_returning()])
