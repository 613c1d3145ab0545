# The constructors list, tuple, dict, set, frozenset, str, repr, bool, int, float, object.

print(list(), tuple(), dict(), set(), frozenset(), str(), bool(), int(), float())
print(list((1, 2)), list({"a": 1}), list("hi"), list(range(2)), list(x for x in "ab"))
print(tuple([1, 2]), tuple({3, 4}) in [(3, 4), (4, 3)], tuple(reversed("abc")))
print(dict(a=1, b=2), dict([["x", 1], ("y", 2)]), dict({"k": 1}), dict(zip(range(2), "ab")))
print(set([3, 3, 1]), set("aab") == {"a", "b"}, frozenset(range(3)), set(frozenset([5])))

print(str(42), str(-1.5), str([1, "a"]), str((1,)), str({"k": "v"}), str(None), str(str))
print(repr(42), repr("a'b"), repr([1, "a"]), repr(1.0), repr(None), repr({1, 2}), repr(""))
print(str("already"), repr(repr("x")), str(10 ** 25))

print(bool(0), bool(1), bool([]), bool([[]]), bool(""), bool(" "), bool(0.0), bool(-0.0), bool(1e-300))

o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.attribute = 1
except AttributeError as e:
    print("AttributeError:", e)

# Constructors accept their own type and copy mutable ones.
original = [1, 2]
copied = list(original)
print(copied == original, copied is original)
t = (1, 2)
print(tuple(t) is t, str("s") == "s")
fs = frozenset([1])
print(frozenset(fs) == fs)

# Subclassing builtin types.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4], sum(s))

class Celsius(float):
    def to_fahrenheit(self):
        return self * 9 / 5 + 32

c = Celsius(100)
print(c, c.to_fahrenheit(), c + 1, isinstance(c, float))

class Registry(dict):
    def register(self, name):
        self[name] = len(self)
        return self

r = Registry().register("a").register("b")
print(r, r["b"], list(r.items()))

class Name(str):
    def greet(self):
        return "Hello, " + self + "!"

n = Name("world")
print(n.greet(), n.upper(), len(n), n == "world", type(n.upper()).__name__)

class Count(int):
    def __repr__(self):
        return f"Count({int(self)})"

k = Count(5)
print(k, repr(k), k + 1, type(k + 1).__name__, [k])
