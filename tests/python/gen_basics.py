# Generator functions: laziness, interleaving, local state across yields, return,
# generators as iterators, and generator objects' behaviour once exhausted.

def counter(n):
    print(f"  counter({n}) starts")
    i = 0
    while i < n:
        print(f"  about to yield {i}")
        yield i
        print(f"  resumed after {i}")
        i += 1
    print("  counter ends")

g = counter(2)
print("created", type(g).__name__)
print("first next:", next(g))
print("second next:", next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration after the end")
print("exhausted again:", next(g, "default"))

print([x * 10 for x in counter(3)])

# Several generators advance independently.
def letters(word):
    for ch in word:
        yield ch

a, b = letters("abc"), letters("xyz")
print(next(a), next(b), next(a), next(b), list(a), list(b))

# A return inside a generator ends it.
def until_negative(values):
    for v in values:
        if v < 0:
            return
        yield v

print(list(until_negative([3, 1, 4, -1, 5])))

# A generator with no yield executed is still a generator.
def maybe(flag):
    if flag:
        yield "yielded"

print(list(maybe(True)), list(maybe(False)), type(maybe(False)).__name__)

# yield as an expression in various positions.
def evens_and_odds(n):
    for i in range(n):
        yield (i, "even" if i % 2 == 0 else "odd")

print(dict(evens_and_odds(4)))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            for sub in flatten(item):
                yield sub
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

# Generators keep their locals alive between calls.
def running_average():
    total = count = 0
    while True:
        value = yield (total / count if count else None)
        if value is None:
            continue
        total += value
        count += 1

avg = running_average()
print(next(avg), avg.send(10), avg.send(20), avg.send(60), next(avg))

# Generator in a class: __iter__ written as a generator.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

cd = Countdown(3)
print(list(cd), list(cd), sum(cd), sorted(cd))

# A generator that is running cannot be re-entered.
def reenter():
    yield next(me)

me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# Unpacking, zip and enumerate consume generators.
x, y, z = counter(3)
print(x, y, z)
print(list(zip(letters("ab"), letters("pqr"))), list(enumerate(letters("hi"))))
