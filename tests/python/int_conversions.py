# int() from strings, floats and bools; hex/oct/bin; errors with CPython's messages.

print(int("42"), int("-17"), int("  +8  "), int("1_000_000"), int("007"), int("\t12\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("101", 2), int("z", 36), int("Zz", 36), int("-0b11", 0), int("10", 3))
print(int(3.9), int(-3.9), int(0.99), int(-0.0), int(1e10), int(True), int(False))
print(int(), int(" 0 "), int("0"), int("-0"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(float("3.5"), float(" -2 "), float("1e3"), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(7), float(True), float("  .5"), float("5."), float("-0"))
print(str(12), str(-0), repr(12), str(1.0), str(True), str(None))
print(bool(0), bool(-1), bool(""), bool("0"), bool([]), bool(0.0), bool(None))

bad_inputs = ["", " ", "abc", "12abc", "1.5", "1__0", "_1", "0x10", "++1", "1 2"]
for text in bad_inputs:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)

for text, base in [("12", 2), ("g", 16), ("0x", 16), ("9", 8)]:
    try:
        int(text, base)
    except ValueError as e:
        print("ValueError:", e)

for text in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)

for value in [float("inf"), float("-inf")]:
    try:
        int(value)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)

for value in [None, [1], (2,)]:
    try:
        int(value)
    except TypeError as e:
        print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)

# ord/chr round trips, including non-ASCII.
for ch in "Aa0 ~éλ€😀":
    print(repr(ch), ord(ch), chr(ord(ch)) == ch, hex(ord(ch)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)

# Parsing a small table of numbers the way a config reader would.
raw = "width=80, height = 24 ,depth=-3,ratio=1.5,mask=0xF0"
settings = {}
for field in raw.split(","):
    key, _, value = field.partition("=")
    key, value = key.strip(), value.strip()
    if "." in value:
        settings[key] = float(value)
    else:
        settings[key] = int(value, 0)
print(settings)
