# Infinite generators with hand-written take/islice/takewhile/dropwhile helpers.

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, iterable):
    it = iter(iterable)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out

def islice(iterable, start, stop, step=1):
    it = iter(iterable)
    index = 0
    next_wanted = start
    for value in it:
        if index >= stop:
            return
        if index == next_wanted:
            yield value
            next_wanted += step
        index += 1

def takewhile(pred, iterable):
    for x in iterable:
        if not pred(x):
            return
        yield x

def dropwhile(pred, iterable):
    it = iter(iterable)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it

def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        yield from saved

def count_by(start, step):
    while True:
        yield start
        start += step

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    composites = {}
    for n in naturals(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(take(10, naturals()))
print(list(islice(naturals(), 5, 20, 3)))
print(list(takewhile(lambda x: x < 100, fibonacci())))
print(take(5, dropwhile(lambda x: x < 1000, fibonacci())))
print(take(7, cycle("abc")))
print(take(5, count_by(2.5, -0.5)))
print(take(20, primes()))
print(list(islice(primes(), 1000, 1001)))
print(sum(takewhile(lambda p: p < 2000, primes())))
print(list(collatz(27))[-10:], len(list(collatz(97))))
print(next(x for x in fibonacci() if x > 10 ** 30))

# Zipping an infinite generator with a finite one stops at the finite one.
print(list(zip(naturals(1), "abc")), dict(zip("xyz", count_by(10, 10))))

# Generators of generators.
def windows(iterable, size):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

print(take(4, windows(primes(), 3)))
print(take(3, (a * b for a, b in windows(fibonacci(), 2) if a)))

# Pythagorean triples from nested infinite-style generators, bounded by take.
def triples():
    for c in naturals(1):
        for b in range(1, c):
            for a in range(1, b):
                if a * a + b * b == c * c:
                    yield a, b, c

print(take(6, triples()))
