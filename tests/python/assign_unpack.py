# Assignment targets: names, attributes, subscripts, slices, nested and starred unpacking.

a = b = c = 7
print(a, b, c)
a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
[p, q], r = "pq", [9]
print(p, q, r)
(m, n), = [(5, 6)]
print(m, n)

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
one, *empty, two = (1, 2)
print(one, empty, two)
*everything, = {3: 0}.keys()
print(everything)
(a1, *a2), *b1 = [1, 2, 3], 4, 5
print(a1, a2, b1)

for idx, (key, value) in enumerate({"k1": 10, "k2": 20}.items()):
    print(idx, key, value)
for i, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(i, others)

class Box:
    pass

box = Box()
box.width, box.height = 3, 4
box.items = [0, 0, 0]
box.items[1], box.items[2] = "b", "c"
print(box.width, box.height, box.items)

table = {}
table["a"] = table["b"] = 0
table["a"] += 5
print(table)

grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[0][0], grid[2][1] = grid[1][2], 7
print(grid)

seq = list(range(6))
seq[1:3], seq[4] = ["x"], "y"
print(seq)

# Evaluation order: the right-hand side first, then targets left to right.
values = [0, 0, 0]
i = 0
i, values[i] = 2, 99
print(i, values)

def errors(src):
    try:
        exec_unpack(src)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)

def exec_unpack(src):
    if src == "too many":
        a, b = 1, 2, 3
    elif src == "too few":
        a, b, c = [1, 2]
    elif src == "starred too few":
        a, b, *c = [1]
    elif src == "not iterable":
        a, b = 5

for case in ["too many", "too few", "starred too few", "not iterable"]:
    errors(case)

# Unpacking any iterable, including generators and strings.
g1, g2, g3 = (n * n for n in range(1, 4))
print(g1, g2, g3)
s1, s2 = "hi"
print(s1, s2)
d1, d2 = {"one": 1, "two": 2}
print(d1, d2)

# Swapping items in a list.
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
