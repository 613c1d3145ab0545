# A sudoku solver: constraint propagation (naked singles) plus backtracking on the cell
# with the fewest candidates; validation of the solution.

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
]

ROWS = range(9)
PEERS = {}
for r in ROWS:
    for c in ROWS:
        peers = set()
        peers.update((r, k) for k in ROWS)
        peers.update((k, c) for k in ROWS)
        br, bc = 3 * (r // 3), 3 * (c // 3)
        peers.update((br + i, bc + j) for i in range(3) for j in range(3))
        peers.discard((r, c))
        PEERS[(r, c)] = sorted(peers)

def parse(text):
    return [[int(ch) if ch.isdigit() else 0 for ch in text[r * 9:(r + 1) * 9]] for r in ROWS]

def candidates(grid, r, c):
    used = {grid[pr][pc] for pr, pc in PEERS[(r, c)]}
    return [d for d in range(1, 10) if d not in used]

stats = {"guesses": 0, "propagated": 0}

def propagate(grid):
    """Fill cells with a single candidate; return the filled cells, or None on contradiction."""
    filled = []
    changed = True
    while changed:
        changed = False
        for r in ROWS:
            for c in ROWS:
                if grid[r][c] == 0:
                    options = candidates(grid, r, c)
                    if not options:
                        for fr, fc in filled:
                            grid[fr][fc] = 0
                        return None
                    if len(options) == 1:
                        grid[r][c] = options[0]
                        filled.append((r, c))
                        changed = True
    stats["propagated"] += len(filled)
    return filled

def solve(grid):
    filled = propagate(grid)
    if filled is None:
        return False
    best = None
    for r in ROWS:
        for c in ROWS:
            if grid[r][c] == 0:
                options = candidates(grid, r, c)
                if best is None or len(options) < len(best[2]):
                    best = (r, c, options)
    if best is None:
        return True
    r, c, options = best
    for d in options:
        stats["guesses"] += 1
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    for fr, fc in filled:
        grid[fr][fc] = 0
    return False

def valid(grid):
    groups = [[grid[r][c] for c in ROWS] for r in ROWS]
    groups += [[grid[r][c] for r in ROWS] for c in ROWS]
    groups += [[grid[3 * br + i][3 * bc + j] for i in range(3) for j in range(3)] for br in range(3) for bc in range(3)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)

def show(grid):
    lines = []
    for r in ROWS:
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        row = ""
        for c in ROWS:
            if c and c % 3 == 0:
                row += "| "
            row += (str(grid[r][c]) if grid[r][c] else ".") + " "
        lines.append(row.rstrip())
    return "\n".join(lines)

for text in PUZZLES:
    stats["guesses"] = stats["propagated"] = 0
    grid = parse(text)
    givens = sum(1 for ch in text if ch != ".")
    ok = solve(grid)
    print(f"givens={givens} solved={ok} valid={valid(grid)} guesses={stats['guesses']} propagated={stats['propagated']}")
    print(show(grid))
    print("".join(str(d) for row in grid for d in row))

def consistent(grid):
    return all(grid[r][c] == 0 or grid[r][c] not in {grid[pr][pc] for pr, pc in PEERS[(r, c)]}
               for r in ROWS for c in ROWS)

bad = parse("55" + "." * 79)
print("contradictory puzzle is consistent:", consistent(bad))
stuck = parse("123456789" + "........." * 2 + "4........" + "5........" + "6........" + "7........" + "8........" + ".9.......")
print("unsolvable puzzle consistent:", consistent(stuck), "solved:", solve(stuck), "grid restored:", stuck == parse("123456789" + "........." * 2 + "4........" + "5........" + "6........" + "7........" + "8........" + ".9......."))
