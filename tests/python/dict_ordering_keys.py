# dict preserves insertion order; equal keys (1, 1.0, True; 0, 0.0, -0.0, False) are one
# entry that keeps the first key object and the last value.

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))

d = {True: "a", 1: "b", 1.0: "c"}
print(d)
d = {1.0: "x"}
d[1] = "y"
print(d, d[True])

z = {0: "zero"}
z[0.0] = "float zero"
z[-0.0] = "negative zero"
z[False] = "false"
print(z)

# Reassigning keeps the position; delete and re-insert moves to the end.
order = {"first": 1, "second": 2, "third": 3}
order["first"] = 100
print(list(order))
del order["first"]
order["first"] = 1
print(list(order))
order.pop("second")
order["second"] = 2
print(order)

# update and setdefault follow the same rules.
merged = {"b": 1, "a": 2}
merged.update({"c": 3, "b": 10})
merged.setdefault("a", 99)
merged.setdefault("d", 4)
print(merged)

# Iteration order of keys, values and items always matches.
ks = list(merged.keys())
vs = list(merged.values())
its = list(merged.items())
print(its == list(zip(ks, vs)), ks, vs)

# Many insertions and deletions keep the insertion order of the survivors.
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
for i in range(0, 1000, 3):
    del big[i]
keys = list(big)
print(len(big), keys[:10], keys[-5:])
for i in range(0, 1000, 3):
    big[i] = -i
print(list(big)[-5:], len(big))

# Dict comprehension order follows the source iterable.
print({k: k * k for k in [5, 3, 9, 1]})
print({c: i for i, c in enumerate("mississippi")})

# Hash-equal numeric keys across int and float, including big ints.
h = {2 ** 60: "int"}
h[float(2 ** 60)] = "float"
print(h)
h = {0.5: "half", 1.5: "one and a half"}
print(h[0.5], 3 / 2 in h, 1 in h)

# Tuple keys with equal numeric items are equal keys.
t = {(1, 2): "ints"}
t[(1.0, 2.0)] = "floats"
t[(True, 2)] = "bool"
print(t)

# popitem removes in LIFO order.
lifo = {"a": 1, "b": 2, "c": 3}
print(lifo.popitem(), lifo.popitem(), lifo)

# Reversed iteration over a dict and its views.
r = {"x": 1, "y": 2, "z": 3}
print(list(reversed(r)), list(reversed(r.values())), list(reversed(r.items())))
