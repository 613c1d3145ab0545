# Conway's Game of Life on a toroidal grid and on an unbounded set of live cells.

def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}

def step_unbounded(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def bounds(live):
    rows = [r for r, _ in live]
    cols = [c for _, c in live]
    return min(rows), min(cols), max(rows), max(cols)

def render(live):
    if not live:
        return "(empty)"
    r0, c0, r1, c1 = bounds(live)
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(c0, c1 + 1)) for r in range(r0, r1 + 1))

glider = parse("""
.#.
..#
###
""")
state = glider
for gen in range(4):
    state = step_unbounded(state)
print(render(state))
print("glider moved by", [a - b for a, b in zip(bounds(state)[:2], bounds(glider)[:2])])

blinker = parse("###")
print(render(step_unbounded(blinker)), "|", step_unbounded(step_unbounded(blinker)) == blinker)

r_pentomino = parse("""
.##
##.
.#.
""")
state = r_pentomino
populations = []
for gen in range(200):
    populations.append(len(state))
    state = step_unbounded(state)
print(populations[:20], populations[-5:], max(populations))

class Torus:
    def __init__(self, rows, cols, live=()):
        self.rows, self.cols = rows, cols
        self.grid = [[False] * cols for _ in range(rows)]
        for r, c in live:
            self.grid[r % rows][c % cols] = True

    def neighbours(self, r, c):
        total = 0
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if (dr or dc) and self.grid[(r + dr) % self.rows][(c + dc) % self.cols]:
                    total += 1
        return total

    def step(self):
        new = [[False] * self.cols for _ in range(self.rows)]
        for r in range(self.rows):
            for c in range(self.cols):
                n = self.neighbours(r, c)
                new[r][c] = n == 3 or (n == 2 and self.grid[r][c])
        self.grid = new

    def population(self):
        return sum(row.count(True) for row in self.grid)

    def __str__(self):
        return "\n".join("".join("O" if x else "-" for x in row) for row in self.grid)

t = Torus(8, 8, {(r + 1, c + 1) for r, c in glider})
for _ in range(32):
    t.step()
print(t)
print("population after 32 steps on the torus:", t.population())

# A seeded random soup.
seed = 42
cells = set()
for r in range(20):
    for c in range(20):
        seed = (seed * 214013 + 2531011) % 2 ** 32
        if (seed >> 16) % 3 == 0:
            cells.add((r, c))
history = []
for gen in range(60):
    history.append(len(cells))
    cells = step_unbounded(cells)
print(history)
