# List, dict and set comprehensions: filters, nesting, scoping.

squares = [n * n for n in range(10)]
print(squares)
evens = [n for n in squares if n % 2 == 0]
print(evens)
pairs = [(x, y) for x in range(4) for y in range(x) if (x + y) % 2]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
flat = [v for row in matrix for v in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)

words = ["apple", "banana", "cherry", "avocado", "blueberry", "cranberry", "apricot"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lengths = {w: len(w) for w in words}
print(lengths)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
first_letters = {w[0] for w in words}
print(sorted(first_letters))
remainders = {n % 7 for n in range(30)}
print(remainders)
print({n * n % 10 for n in range(100)})

# Comprehension variables do not leak into the enclosing scope.
n = "outer"
total = sum([n for n in range(5)])
print(n, total)

# The first iterable is evaluated in the enclosing scope; later ones in the
# comprehension's own scope.
base = [1, 2, 3]
print([x + y for x in base for y in base if y > x])

# Comprehensions see enclosing function variables (closures).
def scaled(values, factor):
    return [v * factor for v in values]

print(scaled([1, 2, 3], 10))

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(100) for f in make_adders()])
late = [lambda: i for i in range(3)]
print([f() for f in late])

# Nested comprehension building a dict of sets.
graph = {k: {v for v in range(6) if v != k and (v * k) % 3 == 0} for k in range(6)}
for k in graph:
    print(k, sorted(graph[k]))

# Unpacking in the target.
points = [(1, 2), (3, 4), (5, 6)]
print([x * y for x, y in points])
print({name: score for name, score in zip("abc", [90, 80, 70]) if score > 75})
print([(i, c) for i, c in enumerate("hey", start=1)])
