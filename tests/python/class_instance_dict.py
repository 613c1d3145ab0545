# obj.__dict__: reads, and stores/deletions through it (update, item assignment, del, pop,
# setdefault, clear) reach the instance, as in __setattr__ overrides.
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return f"Rec({self.__dict__})"
r = Rec(a=1, b=2)
print(r.a, r.b, r, vars(r))
class Guard:
    def __setattr__(self, name, value):
        print("setting", name)
        self.__dict__[name] = value
g = Guard()
g.x = 5
g.y = [1]
print(g.x, g.y, sorted(vars(g)))
d = g.__dict__
del d["x"]
print(hasattr(g, "x"), g.y)
d.pop("y")
print(hasattr(g, "y"))
g.z = 3
g.__dict__.setdefault("w", 9)
print(g.w, g.z)
g.__dict__.clear()
print(hasattr(g, "z"), hasattr(g, "w"), vars(g))
class M:
    def m(self): return "method"
o = M()
o.__dict__["m"] = lambda: "instance"
print(o.m(), M().m())
print(type(o.__dict__).__name__, o.__dict__ == {"m": o.m} if False else len(o.__dict__))
