# Monte Carlo with a hand-written random generator class (a 64-bit LCG and xorshift):
# estimating pi, random walks, a dice histogram, shuffling and reservoir sampling.

class LCG:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def next_u32(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.state >> 32

    def random(self):
        return self.next_u32() / 2 ** 32

    def randint(self, lo, hi):
        return lo + self.next_u32() % (hi - lo + 1)

    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.randint(0, i)
            items[i], items[j] = items[j], items[i]

class XorShift(LCG):
    def next_u32(self):
        x = self.state or 88172645463325252
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        self.state = x
        return x & 0xFFFFFFFF

for gen in (LCG(2024), XorShift(2024)):
    inside = 0
    n = 20000
    for _ in range(n):
        x, y = gen.random(), gen.random()
        if x * x + y * y <= 1.0:
            inside += 1
    print(type(gen).__name__, "pi ~", 4 * inside / n, [gen.randint(1, 6) for _ in range(10)])

rng = LCG(7)
rolls = {}
for _ in range(6000):
    total = rng.randint(1, 6) + rng.randint(1, 6)
    rolls[total] = rolls.get(total, 0) + 1
for total in range(2, 13):
    print(f"{total:2d} {rolls[total]:4d} {'#' * (rolls[total] // 20)}")

def walk(rng, steps):
    x = y = 0
    farthest = 0
    for _ in range(steps):
        dx, dy = rng.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x += dx
        y += dy
        farthest = max(farthest, abs(x) + abs(y))
    return x, y, farthest

rng = XorShift(99)
walks = [walk(rng, 1000) for _ in range(20)]
print(walks[:3])
mean_sq = sum(x * x + y * y for x, y, _ in walks) / len(walks)
print(f"mean squared distance {mean_sq:.1f}, max excursion {max(f for _, _, f in walks)}")

deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng = LCG(52)
rng.shuffle(deck)
print(deck[:13])
print(sorted(deck) == sorted(r + s for s in "SHDC" for r in "A23456789TJQK"))

def reservoir(stream, k, rng):
    sample = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randint(0, i)
            if j < k:
                sample[j] = item
    return sample

print(reservoir(range(10000), 8, LCG(1)))

# Birthday paradox by simulation.
rng = LCG(365)
trials, shared = 2000, 0
for _ in range(trials):
    seen = set()
    for _ in range(23):
        day = rng.randint(1, 365)
        if day in seen:
            shared += 1
            break
        seen.add(day)
print(f"P(shared birthday among 23) ~ {shared / trials:.3f}")
