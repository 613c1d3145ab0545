# Slicing lists, strings, tuples and ranges with every combination of bounds and steps.

data = list(range(10))
text = "abcdefghij"
tup = tuple(text)

print(data[2:5], data[:3], data[7:], data[:], data[-3:], data[:-3])
print(data[::2], data[1::2], data[::-1], data[::-3], data[8:2:-2])
print(data[-1:-4:-1], data[5:5], data[7:3], data[100:], data[-100:2])
print(data[2:100:3], data[-100:100:4], data[3::-1], data[:3:-1])
print(text[1:4], text[::-1], text[::3], text[-2:], text[10:], text[4:-4])
print(tup[::4], tup[5:2:-1], tup[-1:])
print(range(10)[2:8:2], range(10)[::-1], list(range(0, 20, 3)[1:4]))

# None in a slice means "omitted".
print(data[None:3], data[7:None], data[None:None:-4])

# slice objects
s = slice(1, 8, 3)
print(data[s], text[s], s.start, s.stop, s.step)
print(slice(5), slice(1, 2), slice(None, None, -1))
print(text[slice(None, None, -2)])

# Copies, not views.
copy = data[:]
copy[0] = 99
print(data[0], copy[0])

# Slice assignment may change the length of a list.
nums = list(range(8))
nums[2:5] = ["a", "b"]
print(nums)
nums[1:1] = [10, 11, 12]
print(nums)
nums[:] = nums[::-1]
print(nums)
nums[-2:] = []
print(nums)
nums[len(nums):] = "xy"
print(nums)

# Extended slices need a matching length.
grid = [0] * 10
grid[::3] = [1, 2, 3, 4]
print(grid)
try:
    grid[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
grid[::-5] = "pq"
print(grid)

# Deleting slices.
letters = list("abcdefghijk")
del letters[1:3]
print(letters)
del letters[::2]
print(letters)
del letters[-1:]
print(letters)
del letters[:]
print(letters)

# Indexing out of range raises, slicing never does.
try:
    data[10]
except IndexError as e:
    print("IndexError:", e)
try:
    text[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    tup[20]
except IndexError as e:
    print("IndexError:", e)
print(repr(text[20:30]), data[-20:-15])

# Strings are immutable.
try:
    text[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
