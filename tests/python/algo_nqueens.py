# N-queens: count all solutions with backtracking over sets, print the first solution
# board, and count with a bitmask solver for larger boards.

def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col)
            diag1.add(row - col)
            diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col)
            diag1.remove(row - col)
            diag2.remove(row + col)

    place(0)
    return solutions

for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols), sols[0] if sols else None)

first = solve(8)[0]
for col in first:
    print(" ".join("Q" if c == col else "." for c in range(8)))

def count_bitmask(n):
    full = (1 << n) - 1

    def go(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return go(0, 0, 0)

print([count_bitmask(n) for n in range(1, 11)])

# Symmetry: the 8-queens solutions fall into 12 classes under rotation and reflection.
def transforms(sol):
    n = len(sol)
    board = [(r, c) for r, c in enumerate(sol)]
    results = []
    for flip in (False, True):
        pts = [(r, n - 1 - c) if flip else (r, c) for r, c in board]
        for _ in range(4):
            pts = [(c, n - 1 - r) for r, c in pts]
            results.append(tuple(c for r, c in sorted(pts)))
    return results

classes = set()
for sol in solve(8):
    classes.add(min(transforms(sol)))
print("distinct up to symmetry:", len(classes))
