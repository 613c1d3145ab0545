counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2))
class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def __str__(self): return f"{type(self).__name__}({self.name})"
    def __repr__(self): return f"<{self.name}>"
    def speak(self): raise NotImplementedError
class Dog(Animal):
    def speak(self): return "woof"
class Cat(Animal):
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives
    def speak(self): return "meow"
pets = [Dog("rex"), Cat("tom")]
print(pets, str(pets[0]), Animal.count, [p.speak() for p in pets], pets[1].lives)
try:
    Animal("x").speak()
except NotImplementedError as e:
    print("NIE", repr(e))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)))
def tricky():
    try:
        return "try"
    finally:
        print("finally runs")
print(tricky())
def tricky2():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("f", i)
    return i
print(tricky2())
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise MyError(404, "not found")
except MyError as e:
    print(e, e.code, e.args, repr(e))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
memo = {}
def fibm(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fibm(n - 1) + fibm(n - 2)
    memo[n] = r
    return r
print(fibm(100))
text = """line one
line two has more words
three"""
for no, line in enumerate(text.splitlines(), 1):
    print(f"{no:>3}: {line!r} ({len(line.split())} words)")
table = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in table:
    print(f"{name:<10}|{qty:>5}|{price:>8.2f}|{qty * price:>10,.2f}")
print("%-10s|%5d|%8.2f" % table[0])
import math
print(math.floor(-2.5), math.ceil(2.1), math.sqrt(16), math.pi, math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.inf > 10**100)
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]), list(reversed(range(3))))
nested = {"a": [1, {"b": (2, 3)}], "c": None, "d": True, "e": 1.5}
print(nested, len(nested), list(nested.items())[0])
s = "Hello, World"
print(s.lower().count("l"), s[::-1], s[7:], s.find("World"), s.replace("l", "L", 2), s.startswith("Hell"), s.center(20, "*"))
print(int("ff", 16), int("0b101", 0), str(255), bin(255), f"{255:08b}", ord("a"), chr(97), "abc" < "abd", [1, 2] < [1, 3])
x = 5
print("big" if x > 3 else "small", x if x else None, not x, x and 0, x or 0, 0 or "", 1 < x <= 5 < 6)
