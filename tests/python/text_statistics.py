# Text statistics over an embedded passage: word and letter frequencies, sentence and
# word lengths, bigrams, a concordance, and a justified re-flow of the text.

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair, we had everything before us, we had
nothing before us, we were all going direct to Heaven, we were all going direct the
other way - in short, the period was so far like the present period, that some of its
noisiest authorities insisted on its being received, for good or for evil, in the
superlative degree of comparison only. There were a king with a large jaw and a queen
with a plain face, on the throne of England; there were a king with a large jaw and a
queen with a fair face, on the throne of France. In both countries it was clearer
than crystal to the lords of the State preserves of loaves and fishes, that things in
general were settled for ever."""

def words_of(text):
    out = []
    word = ""
    for ch in text.lower():
        if ch.isalpha() or (ch == "'" and word):
            word += ch
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out

words = words_of(TEXT)
print("characters:", len(TEXT), "lines:", TEXT.count("\n") + 1, "words:", len(words), "distinct:", len(set(words)))

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
for word, count in top:
    print(f"{word:>8} {count:3d} {'*' * count}")

hapax = sorted(w for w, c in freq.items() if c == 1)
print(len(hapax), "words used once; first:", hapax[:8])

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total_letters = sum(letters.values())
print("letters:", "".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
for ch in "etaoinshr":
    print(f"  {ch}: {letters.get(ch, 0) / total_letters:6.2%}")

sentences = [s.strip() for s in TEXT.replace("\n", " ").replace(";", ".").split(".") if s.strip()]
print("sentences:", len(sentences), "words per sentence:", [len(words_of(s)) for s in sentences])

lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print("word lengths:", dict(sorted(lengths.items())))
print("mean word length: %.3f" % (sum(len(w) for w in words) / len(words)))
print("longest words:", sorted(set(words), key=lambda w: (-len(w), w))[:5])

bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

def concordance(word, width=18):
    flat = " ".join(TEXT.split())
    lower = flat.lower()
    start = 0
    lines = []
    while True:
        i = lower.find(word, start)
        if i < 0:
            return lines
        before = lower[i - 1] if i > 0 else " "
        after = lower[i + len(word)] if i + len(word) < len(lower) else " "
        if not before.isalpha() and not after.isalpha():
            left = flat[max(0, i - width):i].rjust(width)
            right = flat[i + len(word):i + len(word) + width]
            lines.append(f"{left}[{flat[i:i + len(word)]}]{right}")
        start = i + 1

for line in concordance("king") + concordance("epoch"):
    print(line)

def justify(words, width):
    lines, current = [], []
    for w in words:
        if current and len(" ".join(current + [w])) > width:
            lines.append(current)
            current = []
        current.append(w)
    out = []
    for line in lines:
        gaps = len(line) - 1
        spaces = width - sum(len(w) for w in line)
        if gaps == 0:
            out.append(line[0].ljust(width))
            continue
        text = ""
        for k, w in enumerate(line[:-1]):
            text += w + " " * (spaces // gaps + (1 if k < spaces % gaps else 0))
        out.append(text + line[-1])
    out.append(" ".join(current).ljust(width))
    return out

for line in justify(TEXT.split()[:60], 44):
    print("|" + line + "|")

vowels = sum(letters.get(v, 0) for v in "aeiou")
print(f"vowels {vowels}, consonants {total_letters - vowels}, ratio {vowels / (total_letters - vowels):.4f}")
caps = [w for w in TEXT.replace("\n", " ").split() if w[0].isupper()]
print("capitalised:", caps)
