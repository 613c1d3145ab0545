# 0/1 knapsack by dynamic programming (with the chosen items), unbounded knapsack, a
# branch-and-bound solver, and subset sum.

items = [
    ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
    ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
    ("cheese", 23, 30), ("beer", 52, 10), ("suntan cream", 11, 70), ("camera", 32, 30),
    ("T-shirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40),
    ("waterproof trousers", 42, 70), ("waterproof overclothes", 43, 75),
    ("note-case", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12), ("socks", 4, 50),
    ("book", 30, 10),
]

def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (_, weight, value) in enumerate(items, 1):
        row, prev = best[i], best[i - 1]
        for w in range(capacity + 1):
            row[w] = prev[w]
            if weight <= w and prev[w - weight] + value > row[w]:
                row[w] = prev[w - weight] + value
    chosen, w = [], capacity
    for i in range(n, 0, -1):
        if best[i][w] != best[i - 1][w]:
            name, weight, _ = items[i - 1]
            chosen.append(name)
            w -= weight
    return best[n][capacity], chosen[::-1]

value, chosen = knapsack(items, 400)
print("value:", value)
print("weight:", sum(w for name, w, _ in items if name in chosen))
print("items:", ", ".join(chosen))

for cap in (0, 10, 50, 100, 1000):
    print(cap, knapsack(items, cap)[0])

def unbounded(items, capacity):
    best = [0] * (capacity + 1)
    for w in range(1, capacity + 1):
        for _, weight, value in items:
            if weight <= w:
                best[w] = max(best[w], best[w - weight] + value)
    return best[capacity]

print("unbounded:", unbounded([("a", 5, 10), ("b", 4, 40), ("c", 6, 30), ("d", 3, 50)], 10),
      unbounded(items[:5], 100))

def branch_and_bound(items, capacity):
    order = sorted(items, key=lambda it: it[2] / it[1], reverse=True)
    best = [0, []]

    def bound(i, weight, value):
        for _, w, v in order[i:]:
            if weight + w <= capacity:
                weight += w
                value += v
            else:
                return value + v * (capacity - weight) / w
        return value

    def search(i, weight, value, taken):
        if value > best[0]:
            best[0], best[1] = value, list(taken)
        if i == len(order) or bound(i, weight, value) <= best[0]:
            return
        name, w, v = order[i]
        if weight + w <= capacity:
            taken.append(name)
            search(i + 1, weight + w, value + v, taken)
            taken.pop()
        search(i + 1, weight, value, taken)

    search(0, 0, 0, [])
    return best[0], sorted(best[1])

bb_value, bb_items = branch_and_bound(items, 400)
print("branch and bound agrees:", bb_value == value, sorted(chosen) == bb_items)

def subset_sum(numbers, target):
    reachable = {0: []}
    for x in numbers:
        for s, parts in list(reachable.items()):
            if s + x not in reachable and s + x <= target:
                reachable[s + x] = parts + [x]
    return reachable.get(target)

print(subset_sum([3, 34, 4, 12, 5, 2], 9), subset_sum([3, 34, 4, 12, 5, 2], 30), subset_sum(list(range(1, 30, 3)), 100))
