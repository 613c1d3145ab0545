x, name = 42, "bob"
print(f"{x=}", f"{name=!r:>8}", f"{x + 1 = }", f"{'nested ' + name!s}", f"{x:{'>'}{10}}", f"{3.5:.{2}f}")
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print(n)
print([y for x in [[1, 2], [3]] for y in x], {x % 3 for x in data}, {k: v for k, v in zip("abc", range(3))})
first, *rest = data
for a, *b in [(1, 2, 3), (4, 5)]:
    print(a, b)
print(first, rest, *data[:2], sep="|")
print(list(enumerate("ab", start=1)), list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", [1], strict=True))
except ValueError as e:
    print(e)
print(round(3.14159, 2), round(2.5), round(-0.5), round(1234, -2), (-7) // 2, divmod(7.5, 2), f"{1234567890:,}", f"{0.000123:e}", f"{12:+}")
print((255).bit_length(), (10).to_bytes if False else "skip", int.from_bytes if False else "skip2", (3).conjugate(), 2.0.is_integer(), (7.5).as_integer_ratio())
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]), min("hello"), max([], default=None), sorted("bca", reverse=True))
print("a,b,,c".split(","), "  a  b  ".split(), " x ".strip(), "abc".upper().lower().title(), "tEST".swapcase(), "hello world".capitalize())
print("{:^10}|{:<5}|{:>5}".format("hi", 1, 2.5), "{0!r} {0!s}".format("q"), "%(a)s=%(b)d" % {"a": "x", "b": 3}, "%c%c" % (72, "i"))
print(str(123).zfill(6), "abc".ljust(5, ".") + "|", "x".rjust(3), "tab\there".expandtabs(4), "a\nb".splitlines(), "ab" * 3)
print("hello"[1:4], "hello"[-3:], "hello"[::2], "hello".index("l"), "hello".rindex("l"), "hello".count("l"), "hello".partition("l"))
print(list(range(0)), list(range(5, 0, -2)), range(1, 10, 3)[-1], range(10).index(3), range(10).count(11), list(reversed(range(4))))
b = [1, 2, 3]
b.insert(0, 0); b.extend([4, 5]); b.remove(3); p = b.pop(); p2 = b.pop(0)
print(b, p, p2, b.index(4), b.count(2), b.copy(), b[::-1])
b.reverse(); b.sort(key=lambda z: -z); b.clear()
print(b)
d = {"a": 1}
d.setdefault("b", []).append(1)
d.update({"c": 3}, d=4)
print(d, d.pop("a"), d.pop("zz", None), d.popitem(), list(d.keys()), list(d.values()), dict.fromkeys("ab", 0))
print({1, 2}.union({3}), {1, 2}.intersection([2, 3]), {1, 2}.difference({1}), {1}.issubset({1, 2}), {1, 2}.isdisjoint({3}), {1, 2}.symmetric_difference({2, 3}))
fs = frozenset("abc")
print(len(fs), "a" in fs, sorted(fs | {"d"}))
print(abs(-5), abs(-2.5), pow(2, 100), pow(2, -2), pow(2, 3, 5), 2 ** 0.5, 10 / 4, 10 // 4, -10 % 3, 1e308 * 10, -1e308 * 10)
print(int(3.9), int(-3.9), int("-12"), float("  3.5 "), float("-inf"), str(1.0), str(10**20), 1 / 3, 2 / 3, 1e22, 1e-7, 123.456e5)
print(hex(-255), oct(64), bin(-3), int("0x1f", 16), int("z", 36), chr(9731), ord("\n"), ascii("naïve"), repr("it's"), repr('say "hi"'))
print(isinstance(1, (str, int)), issubclass(int, object), type(type), type(object), isinstance(int, type), all(isinstance(t, type) for t in (int, str, list)))
print(any(x > 8 for x in data), all(x > 0 for x in data), sum(data) / len(data), max(data, key=lambda v: -v), sorted(set(data)))
print(hash(42) == hash(42.0), hash("") == 0 or True, hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), id(data) == id(data))
