# Roman numerals both ways, with validation, and round-trip checks over 1..3999.

TABLE = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected an int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, letters in TABLE:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)

def from_roman(s):
    s = s.upper()
    if not s or any(ch not in VALUES for ch in s):
        raise ValueError(f"not a roman numeral: {s!r}")
    total = 0
    for i, ch in enumerate(s):
        value = VALUES[ch]
        if i + 1 < len(s) and VALUES[s[i + 1]] > value:
            total -= value
        else:
            total += value
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)}?)")
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 1666, 444]:
    print(n, to_roman(n))
for s in ["XLII", "mcmxc", "MMXXIV", "IIII", "VX", "IC", "ABC", "", "MMMCMXCIX"]:
    try:
        print(s, "->", from_roman(s))
    except ValueError as e:
        print(s, "-> ValueError:", e)
for bad in [0, 4000, -5, 2.5, True]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
lengths = {}
for n in range(1, 4000):
    lengths.setdefault(len(to_roman(n)), []).append(n)
print(max(lengths), lengths[max(lengths)], sum(len(to_roman(n)) for n in range(1, 4000)))
print(sorted(range(1, 21), key=to_roman))
