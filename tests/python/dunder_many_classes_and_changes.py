# Operator sites seeing twenty classes on either side (past the inline cache's entries),
# then a class's method replaced and deleted after the sites linked; renaming a class.
classes = []
for i in range(20):
    def make(i):
        class K:
            def __init__(self, v): self.v = v
            def __add__(self, o): return ("K%d" % i, self.v + (o.v if hasattr(o, "v") else o))
            def __radd__(self, o): return ("rK%d" % i, o + self.v)
            def __lt__(self, o): return i < 10
        K.__name__ = "K%d" % i
        return K
    classes.append(make(i))
objs = [c(n) for n, c in enumerate(classes)]
def add(a, b): return a + b
def lt(a, b): return a < b
out = []
for rnd in range(3):
    for a in objs:
        out.append(add(a, 1))
        out.append(add(1, a))
        out.append(add(a, objs[0]))
        out.append(lt(a, a))
print(len(out), out[:6], out[-6:])
# A class changed after the sites have linked: they see the new method.
classes[3].__add__ = lambda self, o: "patched"
print(add(objs[3], 1), add(objs[4], 1))
del classes[3].__add__
try:
    add(objs[3], 1)
except TypeError as e:
    print("TypeError:", e)
print(add(1, objs[3]))
class A: pass
A.__name__ = "B"
print(A, A.__name__, A.__qualname__, repr(A()).split(" ")[0])
A.__qualname__ = "Q"
print(A, A.__qualname__)
try:
    A.__name__ = 5
except TypeError as e: print(e)
