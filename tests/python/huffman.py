# Huffman coding with deterministic tie-breaking: build the tree with a hand-written
# priority queue, derive canonical codes, encode and decode, and report compression.

class Leaf:
    def __init__(self, symbol, weight):
        self.symbol, self.weight = symbol, weight

    def walk(self, prefix, table):
        table[self.symbol] = prefix or "0"

class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight

    def walk(self, prefix, table):
        self.left.walk(prefix + "0", table)
        self.right.walk(prefix + "1", table)

class PriorityQueue:
    """Binary heap of (weight, order, node); order breaks ties deterministically."""

    def __init__(self):
        self.heap = []

    def push(self, item):
        h = self.heap
        h.append(item)
        i = len(h) - 1
        while i and h[(i - 1) // 2][:2] > h[i][:2]:
            h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
            i = (i - 1) // 2

    def pop(self):
        h = self.heap
        h[0], h[-1] = h[-1], h[0]
        item = h.pop()
        i = 0
        while True:
            small = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < len(h) and h[c][:2] < h[small][:2]:
                    small = c
            if small == i:
                return item
            h[i], h[small] = h[small], h[i]
            i = small

    def __len__(self):
        return len(self.heap)

def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    pq = PriorityQueue()
    order = 0
    for ch in sorted(freq):
        pq.push((freq[ch], order, Leaf(ch, freq[ch])))
        order += 1
    while len(pq) > 1:
        w1, _, a = pq.pop()
        w2, _, b = pq.pop()
        pq.push((w1 + w2, order, Branch(a, b)))
        order += 1
    table = {}
    pq.pop()[2].walk("", table)
    return freq, table

def canonical(table):
    by_length = sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))
    code, prev_len, result = 0, 0, {}
    for sym, bits in by_length:
        code <<= len(bits) - prev_len
        result[sym] = f"{code:0{len(bits)}b}"
        code += 1
        prev_len = len(bits)
    return result

def encode(text, table):
    return "".join(table[ch] for ch in text)

def decode(bits, table):
    reverse = {v: k for k, v in table.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    if cur:
        raise ValueError(f"dangling bits {cur!r}")
    return "".join(out)

for text in ["abracadabra", "aaaaaaaab", "x", "the quick brown fox jumps over the lazy dog " * 3,
             "mississippi river banks"]:
    freq, table = build(text)
    canon = canonical(table)
    bits = encode(text, canon)
    assert decode(bits, canon) == text
    assert sorted(len(c) for c in table.values()) == sorted(len(c) for c in canon.values())
    avg = len(bits) / len(text)
    print(f"{text[:24]!r:28} {len(text) * 8:5} -> {len(bits):4} bits ({avg:.3f} bits/char)")
    print("   ", " ".join(f"{sym!r}:{code}" for sym, code in sorted(canon.items(), key=lambda kv: (len(kv[1]), kv[0]))[:10]))

freq, table = build("abracadabra")
bits = encode("abracadabra", canonical(table))
packed = [int(bits[i:i + 8].ljust(8, "0"), 2) for i in range(0, len(bits), 8)]
print(bits, packed, [hex(b) for b in packed])
try:
    decode(bits + "1", canonical(table))
except ValueError as e:
    print("ValueError:", e)
