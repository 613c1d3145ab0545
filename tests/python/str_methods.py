# The common str methods with their edge cases.

s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("<<a>>".lstrip("<")), repr("path///".rstrip("/")))
print(repr("abcba".strip("ab")), repr("\t\n x \r\n".strip()), repr("".strip()))

words = "the quick  brown fox"
print(words.split(), words.split(" "), words.split(None, 1), words.split(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("1-2-3-4".rsplit("-", 1), "1-2-3-4".split("-", 0), "  lead".split(), "x".split("x"))
print("one\ntwo\n\nthree".split("\n"), "a b\tc\nd".split())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)

print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(n) for n in range(4)), "|".join([]))
try:
    " ".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)

print("banana".replace("an", "AN"), "banana".replace("a", "o", 2), "aaa".replace("", "-"))
print("banana".replace("x", "y"), "banana".replace("banana", ""))

print("banana".find("an"), "banana".find("an", 2), "banana".find("xyz"), "banana".find(""))
print("banana".rfind("an"), "banana".rfind("an", 0, 3), "banana".rfind("q"))
print("banana".index("nan"), "banana".count("a"), "banana".count("an"), "aaaa".count("aa"))
print("banana".count(""), "banana".count("a", 2, 4))
try:
    "banana".index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    "banana".rindex("xyz")
except ValueError as e:
    print("ValueError:", e)
print("banana".rindex("a"))

print("photo.jpg".endswith(".jpg"), "photo.jpg".endswith((".png", ".gif")), "photo".startswith("ph"))
print("photo".startswith("ot", 2), "photo".startswith(("x", "p")), "".startswith(""))

print("MiXeD cAsE".upper(), "MiXeD cAsE".lower(), "hello wORLD of pythons".title())
print("they're bill's friends".title(), "ǆemal straße".upper(), "ÉCOLE".lower())
print("abc".capitalize(), "ABC DEF".capitalize(), "ß".upper(), "İ".lower() == "i̇", len("İ".lower()))

print("key=value=more".partition("="), "no separator".partition("="))
print("key=value=more".rpartition("="), "no separator".rpartition("="))

print(repr("7".zfill(3)), repr("-7".zfill(4)), repr("+12".zfill(5)), repr("abcdef".zfill(3)))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "*")), repr("ab".center(6, "-")), repr("ab".center(5)))
print(repr("abc".center(6)), repr("abcdef".ljust(2)), repr("x".center(4, "=")))

print(repr("line1\nline2\r\nline3\n".splitlines()), "".splitlines(), "one".splitlines())

print("{} and {}".format("this", "that"), "%d%%" % 50)
print("hello"[1:3].upper().center(6, ".").replace(".", "_"))

# Methods return new strings; the original is unchanged.
original = "Mutable?"
changed = original.upper().replace("?", "!")
print(original, changed)

# Non-ASCII text: lengths and methods count code points.
text = "Grüße aus Köln – naïve café"
print(len(text), text.upper(), text.lower(), text.split(" – "))
print(text.find("Köln"), text[10:14], text.count("ä"), text.replace("é", "e"))
print("日本語テキスト".find("テ"), "日本語"[1], "日本語"[::-1], len("😀 ok"))

# Parse and format a CSV-like table.
raw = """name, qty , price
apple,3, 0.5
 banana , 12,0.25
cherry,100 ,0.1"""
lines = raw.splitlines()
header = [h.strip() for h in lines[0].split(",")]
rows = [[c.strip() for c in line.split(",")] for line in lines[1:]]
print(header)
for name, qty, price in rows:
    print(name.ljust(8, ".") + qty.rjust(5) + price.rjust(6) + str(int(qty) * float(price)).rjust(8))
