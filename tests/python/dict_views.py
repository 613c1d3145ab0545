# dict views are live, support len/in/iteration, and keys/items views act like sets.

inventory = {"apples": 3, "pears": 0, "plums": 7}
keys = inventory.keys()
values = inventory.values()
items = inventory.items()
print(keys, values, items)
print(len(keys), "pears" in keys, 7 in values, ("plums", 7) in items, ("plums", 8) in items)

inventory["figs"] = 2
del inventory["pears"]
print(keys, values, items)
print(list(keys), sorted(values), len(items))

# Set operations on keys and items views return sets.
other = {"figs": 1, "kiwis": 5, "apples": 3}
print(sorted(keys & other.keys()), sorted(keys | other.keys()), sorted(keys - other.keys()))
print(sorted(keys ^ other.keys()), sorted(items & other.items()), keys == {"apples", "plums", "figs"})
print(keys & {"plums", "grapes"}, keys.isdisjoint({"x"}), keys.isdisjoint(["figs"]))

# Views are iterated in insertion order.
for name, count in items:
    print(f"{name}: {count}")

# Changing the size during iteration is an error.
try:
    for k in inventory:
        inventory[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(inventory))

try:
    for k in inventory.keys():
        del inventory[k]
except RuntimeError as e:
    print("RuntimeError:", e)

# Modifying values during iteration is allowed.
prices = {"a": 1.0, "b": 2.0}
for k in prices:
    prices[k] *= 1.5
print(prices)

# Converting views.
print(list(prices.items()), tuple(prices), set(prices.values()) == {1.5, 3.0})
print(sum(prices.values()), max(prices.keys()), min(prices.items(), key=lambda kv: kv[1]))

# Iterators over views.
it = iter(prices.items())
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")

# Values views do not compare by contents.
print(prices.values() == prices.values(), list(prices.values()) == list(prices.values()))
