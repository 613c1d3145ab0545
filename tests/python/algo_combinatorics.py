# Permutations, combinations, power sets and cartesian products written by hand as
# generators, checked against counting formulas; next-permutation; Gray codes.

def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    used = [False] * len(items)
    current = []

    def rec():
        if len(current) == r:
            yield tuple(current)
            return
        for i, item in enumerate(items):
            if not used[i]:
                used[i] = True
                current.append(item)
                yield from rec()
                current.pop()
                used[i] = False

    yield from rec()

def combinations(items, r):
    items = list(items)
    if r > len(items):
        return
    idx = list(range(r))
    yield tuple(items[i] for i in idx)
    while True:
        for i in reversed(range(r)):
            if idx[i] != i + len(items) - r:
                break
        else:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple(items[i] for i in idx)

def combinations_with_replacement(items, r, start=0):
    items = list(items)
    if r == 0:
        yield ()
        return
    for i in range(start, len(items)):
        for rest in combinations_with_replacement(items, r - 1, i):
            yield (items[i],) + rest

def power_set(items):
    items = list(items)
    for mask in range(1 << len(items)):
        yield [x for i, x in enumerate(items) if mask >> i & 1]

def product(*pools, repeat=1):
    pools = [list(p) for p in pools] * repeat
    result = [()]
    for pool in pools:
        result = [prefix + (x,) for prefix in result for x in pool]
    return result

def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

def n_choose_k(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(combinations("abcde", 3)))
print(list(combinations_with_replacement("xyz", 2)))
print(list(power_set([1, 2, 3])))
print(product("ab", [0, 1]), len(product(range(3), repeat=3)))
for n in range(7):
    for k in range(n + 1):
        assert sum(1 for _ in combinations(range(n), k)) == n_choose_k(n, k)
    assert sum(1 for _ in permutations(range(n))) == factorial(n)
print("counts agree with n!/(k!(n-k)!) for n < 7")
print([[n_choose_k(n, k) for k in range(n + 1)] for n in range(8)])

def next_permutation(seq):
    a = list(seq)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a

p = [1, 1, 2, 3]
count = 0
while p is not None:
    count += 1
    last = p
    p = next_permutation(p)
print("distinct permutations of 1123:", count, "last:", last)
print("".join(next_permutation("dkhc")), next_permutation([3, 2, 1]))

def gray(n):
    return [i ^ (i >> 1) for i in range(1 << n)]

codes = gray(4)
print([f"{c:04b}" for c in codes])
print(all(bin(a ^ b).count("1") == 1 for a, b in zip(codes, codes[1:])))

# Subsets summing to a target, and the partitions of a set (Bell numbers).
coins = [1, 2, 5, 10, 20, 50]
print(sorted(tuple(s) for s in power_set(coins) if sum(s) == 30))

def set_partitions(items):
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for part in set_partitions(rest):
        for i in range(len(part)):
            yield part[:i] + [[first] + part[i]] + part[i + 1:]
        yield [[first]] + part

print([sum(1 for _ in set_partitions(list(range(n)))) for n in range(8)])
print(list(set_partitions("abc")))
