# Generator expressions are lazy, single-pass and have their own scope.

log = []

def noisy(n):
    log.append(n)
    return n

gen = (noisy(i) * 2 for i in range(5))
print(log)
print(next(gen), log)
print(next(gen), log)
print(list(gen), log)
print(list(gen))

print(sum(x * x for x in range(101)))
print(max(len(w) for w in "the quick brown fox jumps".split()))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(sorted((x % 5 for x in range(12)), reverse=True))
print(tuple(c.upper() for c in "gen"))
print(dict((k, k * k) for k in range(4)))
print(set(x // 3 for x in range(9)))
print("-".join(str(i) for i in range(5)))

# The outermost iterable is evaluated immediately.
try:
    g = (x for x in 42)
except TypeError as e:
    print("TypeError:", e)

# Short-circuiting stops consuming the generator.
log.clear()
print(any(noisy(i) > 2 for i in range(10)), log)

nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))

def first_match(pred, items):
    return next((x for x in items if pred(x)), None)

print(first_match(lambda x: x > 10, [3, 8, 12, 20]))
print(first_match(lambda x: x > 100, [3, 8, 12, 20]))

# Chained generator expressions form a pipeline.
numbers = range(1, 30)
odd = (n for n in numbers if n % 2)
squared = (n * n for n in odd)
small = (n for n in squared if n < 300)
print(list(small))
