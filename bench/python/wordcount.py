# Word counting: builds a large text deterministically from a vocabulary with a linear
# congruential generator, then splits, normalises (lower-case, strip punctuation) and
# counts words in a dict, and reports the most frequent words and some totals.
# Exercises str methods, string building, dict get/set and sorting with a key.

VOCABULARY = ("the of and to in a is that for it as was with be by on not he I this are or his "
              "from at which but have an had they you were their one all we can her has there been "
              "if more when will would who so no Python interpreter virtual machine call site "
              "cache generator closure continuation fiber bytecode compiler garbage collector "
              "object class method attribute dictionary tuple string integer float exception").split()
PUNCTUATION = [",", ".", ";", "!", "?", ":", ""]

def generate(words, seed):
    parts = []
    x = seed
    line = []
    for i in range(words):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        word = VOCABULARY[(x >> 8) % len(VOCABULARY)]
        if (x >> 4) % 11 == 0:
            word = word.capitalize()
        if (x >> 12) % 5 == 0:
            word += PUNCTUATION[(x >> 16) % len(PUNCTUATION)]
        line.append(word)
        if len(line) == 12:
            parts.append(" ".join(line))
            line = []
    parts.append(" ".join(line))
    return "\n".join(parts)

def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.strip(",.;!?:").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts

def letter_histogram(text):
    hist = {}
    for ch in text:
        if ch.isalpha():
            ch = ch.lower()
            hist[ch] = hist.get(ch, 0) + 1
    return hist

text = generate(400000, 42)
counts = count_words(text)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
print(len(text), len(counts), sum(counts.values()))
for word, n in top:
    print(f"{word:<12}{n:>7}")
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, "capitalised lines:", sum(1 for line in text.split("\n") if line[:1].isupper()))
hist = letter_histogram(text[:200000])
print("".join(sorted(hist, key=lambda c: (-hist[c], c))))
