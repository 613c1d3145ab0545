# unicodedata.name and lookup, and \N{...} escapes agreeing with them.
import unicodedata

print(unicodedata.unidata_version)

# Every named character: how many, a checksum of the names, and the round trip.
count = 0
checksum = 0
mismatches = 0
for cp in range(0, 0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None:
        continue
    count += 1
    checksum = (checksum * 31 + len(name) + cp) % 1000000007
    if unicodedata.lookup(name) != chr(cp):
        mismatches += 1
print(count, checksum, mismatches)

for ch in ["a", "\u00e9", "\u4e00", "\U0002b738", "\uac00", "\ud7a3", "\U0001f600", "\u0f60", "-"]:
    print(ascii(ch), unicodedata.name(ch))
for ch in ["\x00", "\ue000", "\U00017000", "\U0002b739", "\U00031350", "\ud800", "\U0010ffff"]:
    print(ascii(ch), unicodedata.name(ch, "<none>"))
    try:
        unicodedata.name(ch)
    except ValueError as e:
        print("  ValueError:", e)

names = ["LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter Sharp S",
         "NULL", "NUL", "LINE FEED", "LF", "BOM", "BYTE ORDER MARK", "ZWJ", "NBSP", "VS256",
         "LATIN CAPITAL LETTER GHA", "LATIN CAPITAL LETTER OI",
         "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP DIGIT ZERO",
         "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
         "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-2B739",
         "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
         "HANGUL SYLLABLE GA", "HANGUL SYLLABLE A", "HANGUL SYLLABLE GGWAELH", "hangul syllable ga",
         "HANGUL SYLLABLE ga", "HANGUL SYLLABLE", "HANGUL SYLLABLE GAX",
         "TANGUT IDEOGRAPH-17000", "NUSHU CHARACTER-1B170", "TIBETAN LETTER -A",
         "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A", "LATIN  SMALL LETTER A", "", "X" * 300]
for n in names:
    try:
        print(repr(n[:50]), ascii(unicodedata.lookup(n)))
    except KeyError as e:
        print(repr(n[:50]), "KeyError:", e)

for bad in [5, "ab", ""]:
    try:
        unicodedata.name(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    unicodedata.lookup(5)
except TypeError as e:
    print("TypeError:", e)

print("\N{GREEK SMALL LETTER ALPHA}" == unicodedata.lookup("GREEK SMALL LETTER ALPHA"))
print(ascii(f"{count:,}\N{NO-BREAK SPACE}names \N{EM DASH} {'ok':\N{BULLET}^6}"))
