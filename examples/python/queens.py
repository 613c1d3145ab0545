# The N-queens puzzle with a generator: every solution for a board of N (default 8),
# the first one drawn, and the count.
import sys


def solutions(n, placed=()):
    """Yields each way to finish placing queens, one column per row, after `placed`."""
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from solutions(n, placed + (col,))


class Board:
    def __init__(self, columns):
        self.columns = columns

    def __str__(self):
        n = len(self.columns)
        return "\n".join(" ".join("Q" if c == col else "." for c in range(n)) for col in self.columns)


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 8
    first = next(solutions(n), None)
    if first is None:
        print(f"no way to place {n} queens")
        return
    print(Board(first))
    print(f"{sum(1 for _ in solutions(n))} solutions for {n} queens")


main(sys.argv)
