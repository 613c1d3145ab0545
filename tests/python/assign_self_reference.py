# An assignment whose value reads the target name after part of it ran: `e = e.a or e.b`,
# `x = 1 < 2 < x` (the value must not land in the target's register early).
class N:
    def __init__(self, a, b): self.a = a; self.b = b
def f():
    e = N(None, N(None, None))
    e = e.a or e.b
    print(type(e).__name__)
    x = [0, 5]
    x = x[0] or x[1]
    print(x)
    y = {"a": 1}
    y = y.get("b") and y["z"] or y
    print(y)
    z = 0
    z = z or z + 1
    print(z)
    w = 5
    w = w if w < 0 else -w
    print(w)
    v = 3
    v = (v := 4) + v
    print(v)
f()

def chained():
    x = 5
    x = 1 < 2 < x
    y = 0
    y = 1 <= y + 1 < y + 3 and y
    z = [3]
    z = z[0] and z[0] + 1 or z
    return x, y, z
print(chained())
