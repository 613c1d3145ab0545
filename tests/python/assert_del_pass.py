# assert, del (names, attributes, items, slices) and pass.

def checked_sqrt(x):
    assert x >= 0, f"negative input: {x}"
    return x ** 0.5

print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare AssertionError, args:", e.args, "str:", repr(str(e)))

try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("message object:", e.args[0])

assert True, "never raised"
assert "non-empty"

# del on names
value = 10
del value
try:
    value
except NameError as e:
    print("NameError:", e)

a, b, c = 1, 2, 3
del a, b
print(c)

# del on list items and slices
nums = list(range(10))
del nums[0]
del nums[-1]
del nums[2:4]
del nums[::2]
print(nums)
try:
    del nums[10]
except IndexError as e:
    print("IndexError:", e)

# del on dict items
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)

# del on attributes
class Thing:
    kind = "class-level"

t = Thing()
t.kind = "instance-level"
t.extra = 5
print(t.kind, t.extra)
del t.kind
print(t.kind)
del t.extra
print(hasattr(t, "extra"))
try:
    del t.extra
except AttributeError as e:
    print("AttributeError:", e)

# del of a nested target list
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)

# pass as a placeholder in every block kind
class Empty:
    pass

def noop():
    pass

for _ in range(3):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(type(Empty()).__name__, noop())

# del in a loop over a copy
inventory = {"apple": 0, "pear": 3, "plum": 0, "fig": 7}
for key in list(inventory):
    if inventory[key] == 0:
        del inventory[key]
print(inventory)
