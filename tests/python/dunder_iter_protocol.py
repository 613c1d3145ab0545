# Iterator protocol: __iter__ and __next__, StopIteration, one-shot iterators versus
# re-iterable containers, and iterators driving for loops, unpacking and builtins.

class Countdown:
    """An iterator: __iter__ returns self, so it can be consumed once."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(list(c), list(c))
print([n * 10 for n in Countdown(4)], sum(Countdown(100)), max(Countdown(5)), sorted(Countdown(3)))
x, y = Countdown(2)
print(x, y)

class Deck:
    """A re-iterable container: each __iter__ call makes a fresh iterator."""

    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return DeckIterator(self.cards)

class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.cards):
            raise StopIteration
        card = self.cards[self.i]
        self.i += 1
        return card

deck = Deck(["A", "K", "Q"])
print(list(deck), list(deck), [(a, b) for a in deck for b in deck if a < b])
it = iter(deck)
print(next(it), next(it), next(it), next(it, "empty"))

# next() on an exhausted custom iterator propagates StopIteration.
it = iter(Countdown(1))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# An infinite iterator with a manual limit.
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

fib = Fib()
first = []
for value in fib:
    if value > 100:
        break
    first.append(value)
print(first, next(fib))

# __iter__ returning a non-iterator is a TypeError.
class Broken:
    def __iter__(self):
        return 42

try:
    iter(Broken())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in Broken():
        pass
except TypeError as e:
    print("TypeError:", e)

class NoNext:
    def __iter__(self):
        return self

try:
    next(NoNext())
except TypeError as e:
    print("TypeError:", e)

# zip, enumerate and map accept custom iterators and stop at the shortest.
print(list(zip(Countdown(5), "abc")), list(enumerate(Countdown(2))), list(map(str, Countdown(3))))
print(dict(zip(Deck(["x", "y"]), Countdown(2))), "-".join(Deck(["p", "q"])))

# A linked structure iterated by walking nodes.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedIter:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value

chain = Node(1, Node(2, Node(3)))
print(list(LinkedIter(chain)), 2 in LinkedIter(chain), 5 in LinkedIter(chain))
