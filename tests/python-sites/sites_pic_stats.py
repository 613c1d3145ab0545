# Call-site caches: binary operators select on both operands' classes (one entry per
# pair), attribute sites on the receiver's class, call sites on the callee.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + (other.x if isinstance(other, V) else other))

    def __radd__(self, other):
        return V(other + self.x)

class W:
    def __init__(self, x):
        self.x = x

def total(pairs):
    out = []
    for a, b in pairs:
        out.append(a + b)
    return out

pairs = [(V(1), V(2)), (V(3), 4), (5, V(6)), (V(7), V(8)), ("s", "t"), (1.5, 2)]
results = total(pairs)
print([r.x if isinstance(r, V) else r for r in results])

def read_x(objs):
    return [o.x for o in objs]

print(read_x([V(1), W(2), V(3), W(4)]))
