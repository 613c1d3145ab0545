# yield from: delegation of values, send, throw and close to a subgenerator, the
# subgenerator's return value, and yield from over plain iterables.

def inner():
    received = yield "inner-1"
    print("  inner received", repr(received))
    received = yield "inner-2"
    print("  inner received", repr(received))
    return "inner-result"

def outer():
    result = yield from inner()
    print("  outer got result", repr(result))
    yield "outer-after"
    return "outer-result"

g = outer()
print(next(g))
print(g.send("x"))
print(g.send("y"))
try:
    next(g)
except StopIteration as e:
    print("outer returned", repr(e.value))

# yield from any iterable.
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)), {"k": 0})))

# Recursive traversal with yield from.
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)

tree = Node("root", [Node("a", [Node("a1"), Node("a2", [Node("a2x")])]), Node("b")])
for depth, value in tree.walk():
    print("  " * depth + value)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(["".join(p) for p in permutations("abc")])

# throw() is forwarded to the subgenerator, which may handle it.
def sub_handles():
    while True:
        try:
            yield "sub waiting"
        except ValueError as e:
            print("  sub handled", e)
            yield "sub recovered"

def delegator():
    yield from sub_handles()

d = delegator()
print(next(d), "|", d.throw(ValueError("oops")), "|", next(d))

# If the subgenerator does not handle it, it propagates through the delegator.
def sub_plain():
    yield 1
    yield 2

def delegator_catches():
    try:
        yield from sub_plain()
    except KeyError as e:
        print("  delegator caught", repr(e))
        yield "delegator recovered"

dc = delegator_catches()
print(next(dc), dc.throw(KeyError("k")))

# close() closes the subgenerator first.
def sub_cleanup():
    try:
        yield "sub"
        yield "sub again"
    finally:
        print("  sub cleanup")

def outer_cleanup():
    try:
        yield from sub_cleanup()
    finally:
        print("  outer cleanup")

oc = outer_cleanup()
print(next(oc))
oc.close()

# The value of yield from is the StopIteration value (None for plain iterables).
def get_value():
    x = yield from [1, 2]
    y = yield from returns_seven()
    yield ("values", x, y)

def returns_seven():
    yield "seven coming"
    return 7

print(list(get_value()))

# Averaging coroutine delegated from a grouping driver.
def averager():
    total, count = 0.0, 0
    while True:
        term = yield
        if term is None:
            break
        total += term
        count += 1
    return (count, total / count if count else 0.0)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for value in values:
        group.send(value)
    group.send(None)
for key in results:
    print(key, results[key][0], round(results[key][1], 4))
