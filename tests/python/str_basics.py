# Strings as sequences: indexing, iteration, membership, concatenation, repetition,
# comparison, escapes and repr quoting.

s = "Python"
print(s[0], s[-1], s[2], s[-6], len(s), s[len(s) - 1])
for i, ch in enumerate(s):
    print(i, ch, ord(ch), end="; ")
print()
print(list(s), tuple("ab"), "y" in s, "th" in s, "ht" in s, "" in s, "P" not in s)
print(s + "3", s * 2, 3 * "ab", "-" * 10, "x" * 0, "x" * -2)
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "Z" < "a", "é" > "z", "abc" == "ab" + "c")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(max("hello"), min("hello"), sorted("hello"), "".join(sorted("hello", reverse=True)))

# Escapes and raw strings.
print("tab:\t| newline escaped: \\n | quote: \" | single: ' | unicode: \u00e9 \N{GREEK SMALL LETTER PI}")
print(r"raw \n stays", len(r"\n"), len("\n"), "\x41\x42", "\101", "a\
b")
print('''triple
quoted''', """with "quotes" inside""")
print("adjacent " "literals " 'concatenate')

# repr picks quotes like CPython.
for t in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
          "\x00\x07\x1b", "é ü 日本", "\u200b", "\x7f", "😀"]:
    print(repr(t))
print(repr(["a'b", 'c"d']), str(["x"]))

# Strings are immutable and hashable; equal strings are equal keys.
a = "ab" * 3
b = "ababab"
print(a == b, hash(a) == hash(b), {a: 1}[b])

# Iteration builds new strings.
vowels = "aeiou"
sentence = "the quick brown fox jumps over the lazy dog"
print("".join(c for c in sentence if c not in vowels))
print("".join(c.upper() if i % 2 else c for i, c in enumerate(sentence)))
counts = {}
for ch in sentence.replace(" ", ""):
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(len(set(sentence.replace(" ", ""))) == 26)

# Reversing and palindromes.
def is_palindrome(text):
    cleaned = [c.lower() for c in text if c.isalnum()]
    return cleaned == cleaned[::-1]

for t in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(t), is_palindrome(t))

# String building in a loop.
out = ""
for n in range(1, 16):
    out += "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
    out += " "
print(out.rstrip())

try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" < 5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
