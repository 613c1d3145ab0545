# Dynamic programming: LCS, edit distance with alignment, coin change, longest increasing
# subsequence, matrix-chain order, partitions, and memoised recursion.

def lcs(a, b):
    m, n = len(a), len(b)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            table[i + 1][j + 1] = table[i][j] + 1 if a[i] == b[j] else max(table[i][j + 1], table[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))

for a, b in [("ABCBDAB", "BDCABA"), ("dynamic", "programming"), ("", "abc"), ("same", "same")]:
    print(f"lcs({a!r}, {b!r}) = {lcs(a, b)!r}")

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("abc", "abc")]:
    print(f"edit({a}, {b}) = {edit_distance(a, b)}")

def coin_change(coins, amount):
    """Fewest coins, and how many ways, to make each amount."""
    INF = float("inf")
    fewest = [0] + [INF] * amount
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and fewest[x - c] + 1 < fewest[x]:
                fewest[x] = fewest[x - c] + 1
    return (fewest[amount] if fewest[amount] != INF else None), ways[amount]

print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3), coin_change([1, 2, 5], 100), coin_change([3, 7], 500))

def lis(seq):
    tails, prev_index, tail_index = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
            tail_index.append(i)
        else:
            tails[lo] = x
            tail_index[lo] = i
        prev_index[i] = tail_index[lo - 1] if lo else None
    out, k = [], tail_index[-1] if tail_index else None
    while k is not None:
        out.append(seq[k])
        k = prev_index[k]
    return out[::-1]

print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))

def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j], split[i][j] = min(
                (cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k) for k in range(i, j))

    def paren(i, j):
        if i == j:
            return f"M{i + 1}"
        k = split[i][j]
        return f"({paren(i, k)} x {paren(k + 1, j)})"

    return cost[0][n - 1], paren(0, n - 1)

print(matrix_chain([30, 35, 15, 5, 10, 20, 25]))
print(matrix_chain([10, 20, 30]))

def partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for x in range(k, n + 1):
            p[x] += p[x - k]
    return p[n]

print([partitions(n) for n in range(1, 16)], partitions(200))

memo = {}

def grid_paths(r, c, blocked):
    if (r, c) in blocked or r < 0 or c < 0:
        return 0
    if r == 0 and c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c, blocked) + grid_paths(r, c - 1, blocked)
    return memo[(r, c)]

print(grid_paths(16, 16, {(3, 3), (5, 8), (10, 2)}), len(memo))

def longest_palindromic_substring(s):
    best = ""
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best

print([longest_palindromic_substring(s) for s in ["babad", "cbbd", "forgeeksskeegfor", "a", ""]])
