# Every list method, list operators, aliasing and the errors CPython reports.

items = [3, 1, 4]
items.append(1)
items.extend([5, 9])
items.extend("ab")
items.extend(range(2))
items.insert(0, "first")
items.insert(100, "last")
items.insert(-1, "before last")
items.insert(-100, "very first")
print(items)

print(items.pop(), items.pop(0), items.pop(-2), items)
items.remove(1)
print(items, items.count(1), items.count("z"), items.index(4), items.index(1), items.index("a", 2))
items.reverse()
print(items)
copy = items.copy()
copy.clear()
print(copy, len(items))

nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(nums.sort(), sorted(nums), nums)

for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1].index(2),
            lambda: [1, 2, 3].index(3, 0, 2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Operators.
a = [1, 2]
b = a + [3]
c = a * 3
print(b, c, [0] * 0, [[]] * 2, a == [1, 2], a != b, a < b, [2] > [1, 9], 2 in a, [1] in [[1], 2])
try:
    a + (3,)
except TypeError as e:
    print("TypeError:", e)

# Aliasing: [[...]] * n repeats the same inner list.
shared = [[0] * 2] * 3
shared[0][0] = "x"
separate = [[0] * 2 for _ in range(3)]
separate[0][0] = "x"
print(shared, separate)

# Lists containing themselves print with [...].
loop = [1, 2]
loop.append(loop)
print(loop, len(loop), loop[2][2][0])

# list() of various iterables.
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1, "j": 2}), list({3: 0}.values()), list())

# Building, filtering, mutating while iterating over a copy.
inventory = ["apple", "pear", "apple", "fig", "apple", "kiwi"]
while "apple" in inventory:
    inventory.remove("apple")
print(inventory)
numbers = list(range(10))
for n in numbers[:]:
    if n % 3 == 0:
        numbers.remove(n)
print(numbers)

# A list used as a stack and a queue.
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        right, left = stack.pop(), stack.pop()
        stack.append({"+": left + right, "-": left - right, "*": left * right}[token])
print("RPN result:", stack)
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)

# Nested lists and len/min/max/sum.
grid = [[1, 2, 3], [4, 5], [6]]
print(len(grid), sum(len(r) for r in grid), max(grid, key=len), min(grid), sum(grid, []))
print([row[:] for row in grid] == grid, [row[:] for row in grid] is grid)
