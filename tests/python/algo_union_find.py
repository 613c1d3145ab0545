# Disjoint sets with path compression and union by rank; Kruskal's minimum spanning tree;
# percolation on a deterministic random grid; counting islands.

class DisjointSet:
    def __init__(self, items=()):
        self.parent = {}
        self.rank = {}
        for x in items:
            self.add(x)

    def add(self, x):
        if x not in self.parent:
            self.parent[x] = x
            self.rank[x] = 0

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())

ds = DisjointSet(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (6, 9)]:
    ds.union(a, b)
print(ds.groups(), ds.find(3) == ds.find(0), ds.find(4) == ds.find(5), ds.union(0, 2))

edges = [
    ("A", "B", 7), ("A", "D", 5), ("B", "C", 8), ("B", "D", 9), ("B", "E", 7),
    ("C", "E", 5), ("D", "E", 15), ("D", "F", 6), ("E", "F", 8), ("E", "G", 9), ("F", "G", 11),
]

def kruskal(nodes, edges):
    ds = DisjointSet(nodes)
    tree = []
    for a, b, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        if ds.union(a, b):
            tree.append((a, b, w))
    return tree

mst = kruskal("ABCDEFG", edges)
print(mst, sum(w for _, _, w in mst))

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed / 0x7FFFFFFF

def percolates(n, p, seed):
    rnd = lcg(seed)
    open_ = [[next(rnd) < p for _ in range(n)] for _ in range(n)]
    ds = DisjointSet(["top", "bottom"] + [(r, c) for r in range(n) for c in range(n)])
    for r in range(n):
        for c in range(n):
            if not open_[r][c]:
                continue
            if r == 0:
                ds.union("top", (r, c))
            if r == n - 1:
                ds.union("bottom", (r, c))
            for dr, dc in ((1, 0), (0, 1)):
                rr, cc = r + dr, c + dc
                if rr < n and cc < n and open_[rr][cc]:
                    ds.union((r, c), (rr, cc))
    return ds.find("top") == ds.find("bottom")

for p in (0.4, 0.55, 0.6, 0.65, 0.8):
    hits = sum(percolates(20, p, seed) for seed in range(1, 21))
    print(f"p={p:.2f}: {hits}/20 percolate")

grid = """
11000110
11000100
00100000
00011011
10000011
"""
cells = [line for line in grid.split() if line]
ds = DisjointSet()
for r, row in enumerate(cells):
    for c, ch in enumerate(row):
        if ch == "1":
            ds.add((r, c))
            for nr, nc in ((r - 1, c), (r, c - 1)):
                if nr >= 0 and nc >= 0 and cells[nr][nc] == "1":
                    ds.union((r, c), (nr, nc))
islands = ds.groups()
print(len(islands), [len(i) for i in islands])
