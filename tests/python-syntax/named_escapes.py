# \N{name} escapes: names, aliases, algorithmic names, in plain and f-strings.
a = "\N{LATIN SMALL LETTER E WITH ACUTE}t\N{latin small letter e with acute}"
b = "\N{BULLET} \N{EM DASH} \N{Greek Capital Letter Omega}"
c = "\N{NULL}\N{LINE FEED}\N{LF}\N{BOM}\N{ZWJ}\N{NBSP}\N{VS1}"
d = "\N{LATIN CAPITAL LETTER GHA}\N{LATIN CAPITAL LETTER OI}"
e = "\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-20000}\N{cjk compatibility ideograph-f900}"
f = "\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE PWILH}"
g = "\N{TIBETAN LETTER -A}\N{HYPHEN-MINUS}\N{NUSHU CHARACTER-1B170}"
h = f"{a}\N{RIGHTWARDS ARROW}{b!r:>{len(a)}}\N{LEFT CURLY BRACKET}"
i = r"\N{BULLET}" + rb"\N{BULLET}".decode()
j = "\\N{BULLET}"
k = '''\N{BOX DRAWINGS LIGHT HORIZONTAL}
\N{BOX DRAWINGS LIGHT VERTICAL}'''
m = rf"\N{a}"
n = b"\N{BULLET}" + rb"\N{BULLET}"
