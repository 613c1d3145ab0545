# String algorithms: KMP search, run-length encoding, Caesar and Vigenere ciphers,
# anagram groups, longest common prefix, word wrap, and base conversion.

def kmp_table(pattern):
    table = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table

def kmp_search(text, pattern):
    if not pattern:
        return list(range(len(text) + 1))
    table, hits, k = kmp_table(pattern), [], 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = table[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = table[k - 1]
    return hits

print(kmp_table("ababaca"), kmp_table("aaaa"), kmp_table("abcab"))
text = "abababcabababcababab"
print(kmp_search(text, "ababc"), kmp_search(text, "abab"), kmp_search("aaaaa", "aa"), kmp_search("abc", "d"))
print(all(kmp_search(text, p) == [i for i in range(len(text)) if text.startswith(p, i)] for p in ["a", "ba", "cab", "bab"]))

def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "zzzzzzzzzzzz"]:
    enc = rle_encode(s)
    print(repr(enc), rle_decode(enc) == s)

def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - 97
            out.append(caesar(ch, -shift if decrypt else shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

msg = "The Quick Brown Fox Jumps Over The Lazy Dog!"
print(caesar(msg, 3), "|", caesar(caesar(msg, 13), 13) == msg, "|", caesar(msg, -1))
secret = vigenere(msg, "lemon")
print(secret, "|", vigenere(secret, "lemon", decrypt=True))

def crack_caesar(cipher):
    english = "etaoinshrdlu"
    def score(s):
        return sum(12 - english.index(c) for c in s.lower() if c in english)
    return max(range(26), key=lambda k: score(caesar(cipher, -k)))

print("cracked shift:", crack_caesar(caesar("attack at dawn, hold the eastern ridge", 17)))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "inlets"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))

def common_prefix(strings):
    if not strings:
        return ""
    prefix = min(strings)
    last = max(strings)
    i = 0
    while i < len(prefix) and prefix[i] == last[i]:
        i += 1
    return prefix[:i]

print([common_prefix(s) for s in [["flower", "flow", "flight"], ["interview", "internet", "interval"], ["a"], [], ["x", "y"]]])

def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines

for line in wrap(msg * 2, 20):
    print(f"[{line:<20}]")

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n, base in [(255, 2), (255, 16), (-255, 7), (10 ** 20, 36), (0, 3)]:
    s = to_base(n, base)
    print(n, base, s, int(s, base) == n)

def is_rotation(a, b):
    return len(a) == len(b) and b in a + a

print(is_rotation("waterbottle", "erbottlewat"), is_rotation("abc", "acb"))
print(" ".join(w[::-1] for w in "reverse each word here".split()), " ".join(reversed("reverse the word order".split())))
