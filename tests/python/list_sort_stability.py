# Sorting: sort and sorted with key and reverse, stability, multi-key sorts.

records = [
    ("alice", "eng", 85), ("bob", "ops", 72), ("carol", "eng", 91), ("dave", "ops", 85),
    ("erin", "hr", 72), ("frank", "eng", 85), ("grace", "hr", 91), ("heidi", "ops", 60),
]

by_score = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_score])
# Equal keys keep their original order, also in reverse.
by_score_desc = sorted(records, key=lambda r: r[2], reverse=True)
print([r[0] for r in by_score_desc])
print([r[0] for r in reversed(sorted(records, key=lambda r: r[2]))])

# Multi-pass sort: secondary key first, then primary; stability makes it work.
multi = sorted(records, key=lambda r: r[0], reverse=True)
multi.sort(key=lambda r: r[1])
print([(r[1], r[0]) for r in multi])

print([r[0] for r in sorted(records, key=lambda r: (r[1], -r[2], r[0]))])

# sort in place returns None and is stable with respect to the key.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "fig"]
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted(words))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))

# Sorting numbers of mixed types, negatives and bignums.
print(sorted([3, -1, 2.5, 10 ** 20, -(10 ** 20), 0, True, -0.5]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted("the quick brown fox".split(), key=lambda w: w[-1]))

# Sorting by a computed key: the key function is called once per element.
calls = []

def key(x):
    calls.append(x)
    return -x

data = [5, 3, 8, 1]
print(sorted(data, key=key), len(calls))

# Stability under many equal keys.
pairs = [(i % 4, i) for i in range(20)]
pairs.sort(key=lambda p: p[0])
print(pairs)
ok = all(pairs[i][1] < pairs[i + 1][1] for i in range(len(pairs) - 1) if pairs[i][0] == pairs[i + 1][0])
print("stable:", ok)

# sorted() accepts any iterable.
print(sorted({3: "c", 1: "a", 2: "b"}), sorted("hello"), sorted(range(5), reverse=True), sorted(()))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))

# Objects sorted by attribute.
class Employee:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __repr__(self):
        return f"{self.name}({self.age})"

staff = [Employee("Zoe", 30), Employee("Adam", 25), Employee("Mia", 30), Employee("Li", 25)]
print(sorted(staff, key=lambda e: e.age))
print(sorted(staff, key=lambda e: (e.age, e.name)))
print(max(staff, key=lambda e: e.age), min(staff, key=lambda e: e.age))

# Comparison errors during a sort.
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(staff)
except TypeError as e:
    print("TypeError:", e)
