# dict methods: get, setdefault, pop, popitem, update, keys/values/items, copy, fromkeys, clear.

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"], len(d), "a" in d, "z" not in d)
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), d)
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)

d = dict(x=1)
d.update({"y": 2, "x": 10})
d.update([("z", 3), ("w", 4)])
d.update(v=5, x=11)
d.update()
print(d)
d["u"] = 0
print(d, {**d, "x": "new"}, {"p": 1, **d} == dict(d, p=1))

print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())

shallow = d.copy()
shallow["x"] = "changed"
print(d["x"], shallow["x"])
nested = {"list": [1, 2]}
nested_copy = nested.copy()
nested_copy["list"].append(3)
print(nested)

print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)

d.clear()
print(d, len(d), bool(d))

# Constructors.
print(dict(), dict([(1, 2), (3, 4)]), dict(zip("ab", [1, 2])), dict({"k": "v"}, extra=1))
print(dict([("dup", 1), ("dup", 2)]), {**{"a": 1}, "b": 2, **{"a": 3}})
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)

# Missing keys.
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {1: 2}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[[1]]
except TypeError as e:
    print("TypeError:", e)

# Counting, grouping and inverting.
text = "the cat and the hat and the bat ran off quickly to a big house"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
inverse = {}
for word, n in counts.items():
    inverse.setdefault(n, []).append(word)
print(inverse)
print(max(counts, key=counts.get), sorted(counts, key=lambda w: (-counts[w], w)))

# Equality ignores order.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})

# Nested dicts.
config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
config["db"]["port"] += 1
config.setdefault("cache", {})["size"] = 128
print(config)
print(config["db"].get("user", "nobody"), config.get("missing", {}).get("x"))
