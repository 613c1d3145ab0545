# One call site, o.step(x), that sees 1, 2, 4, 8 or 16 receiver classes (the argument),
# with the same number of calls and the same total work in every case: measures how
# dispatch holds up as a call site goes from monomorphic to megamorphic. An attribute
# read (o.weight) and a binary operator on the result sit in the same loop.
#
#   python3 callsite_poly.py K      (K in 1, 2, 4, 8, 16)

import sys


class Base:
    def __init__(self, weight):
        self.weight = weight


def make_class(k):
    # Each call creates a new class with its own step method (a closure over k).
    class Shape(Base):
        def step(self, x):
            return (x * (k + 1) + self.weight) % 1000003

    return Shape


CLASSES = [make_class(k) for k in range(16)]


def run(kinds, calls):
    # Objects cycle through the first `kinds` classes; every object has weight 1.
    objects = [CLASSES[i % kinds](1) for i in range(64)]
    total = 0
    n = len(objects)
    for i in range(calls):
        o = objects[i % n]
        total += o.step(i) + o.weight
    return total


def expected(kinds, calls):
    # The same sum computed without dispatch: checks run() on a prefix of the calls.
    total = 0
    for i in range(calls):
        k = (i % 64) % kinds
        total += (i * (k + 1) + 1) % 1000003 + 1
    return total


kinds = int(sys.argv[1]) if len(sys.argv) > 1 else 1
if kinds not in (1, 2, 4, 8, 16):
    sys.exit(f"callsite_poly.py: receiver class count must be 1, 2, 4, 8 or 16, got {kinds}")
calls = 2000000
assert run(kinds, 5000) == expected(kinds, 5000)
print(kinds, "classes:", run(kinds, calls))
