# Container protocol: __len__, __getitem__ (ints and slices), __setitem__, __delitem__,
# __contains__, __iter__, __bool__, and the fallbacks between them.

class Grid:
    def __init__(self, width, height, fill=0):
        self.width, self.height = width, height
        self.cells = [fill] * (width * height)

    def _index(self, key):
        x, y = key
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"cell {key} outside {self.width}x{self.height} grid")
        return y * self.width + x

    def __getitem__(self, key):
        return self.cells[self._index(key)]

    def __setitem__(self, key, value):
        self.cells[self._index(key)] = value

    def __delitem__(self, key):
        self.cells[self._index(key)] = 0

    def __len__(self):
        return self.width * self.height

    def __contains__(self, value):
        return value in self.cells

    def __iter__(self):
        for y in range(self.height):
            yield [self[x, y] for x in range(self.width)]

g = Grid(3, 2)
g[0, 0] = 5
g[2, 1] = 7
g[1, 1] += 3
print(g[0, 0], g[2, 1], g[1, 1], len(g), 7 in g, 9 in g, 9 not in g)
del g[0, 0]
print(list(g), bool(g))
try:
    g[3, 0]
except IndexError as e:
    print("IndexError:", e)

# A sequence class with slicing support.
class Span:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Span(self.data[index])
        return self.data[index]

    def __setitem__(self, index, value):
        self.data[index] = value

    def __delitem__(self, index):
        del self.data[index]

    def __repr__(self):
        return f"Span({self.data})"

s = Span("abcdefg")
print(s[0], s[-1], s[1:4], s[::2], s[::-1], len(s))
s[0] = "A"
s[1:3] = ["B", "C"]
del s[-1]
del s[::3]
print(s)

# Without __iter__, iteration falls back to __getitem__ with 0, 1, 2, ... until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, [x for x in sq if x % 2], sum(sq))
a, b, *rest = Squares(4)
print(a, b, rest)

# Without __contains__, "in" falls back to __iter__.
class Evens:
    def __iter__(self):
        return iter(range(0, 10, 2))

print(4 in Evens(), 5 in Evens(), sorted(Evens(), reverse=True))

# Truthiness: __bool__ first, then __len__, otherwise always true.
class Empty:
    def __len__(self):
        return 0

class Falsy:
    def __bool__(self):
        return False

    def __len__(self):
        return 10

class Default:
    pass

print(bool(Empty()), bool(Falsy()), bool(Default()), len(Falsy()), "yes" if Empty() else "no")

class BadLen:
    def __len__(self):
        return -1

class BadBool:
    def __bool__(self):
        return 1

for obj in (BadLen(), BadBool()):
    try:
        bool(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# Missing protocol methods give CPython's messages.
d = Default()
for action, thunk in [("len", lambda: len(d)), ("index", lambda: d[0]),
                      ("iterate", lambda: list(d)), ("contains", lambda: 1 in d)]:
    try:
        thunk()
        print(action, "ok")
    except TypeError as e:
        print(action, "-> TypeError:", e)
try:
    d[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del d[0]
except TypeError as e:
    print("TypeError:", e)

# A dict-like class with a default (like collections.defaultdict, written by hand).
class Tally:
    def __init__(self):
        self.counts = {}

    def __getitem__(self, key):
        return self.counts.get(key, 0)

    def __setitem__(self, key, value):
        self.counts[key] = value

    def __contains__(self, key):
        return key in self.counts

    def __len__(self):
        return len(self.counts)

    def __iter__(self):
        return iter(sorted(self.counts))

tally = Tally()
for word in "a rose is a rose is a rose".split():
    tally[word] += 1
print(len(tally), "rose" in tally, "tulip" in tally, tally["tulip"], [(w, tally[w]) for w in tally])
