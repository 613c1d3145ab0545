# Classic sorting algorithms, checked against sorted() on deterministic pseudo-random data.

def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed >> 33

def data(n, seed, lo=-1000, hi=1000):
    gen = lcg(seed)
    return [lo + next(gen) % (hi - lo) for _ in range(n)]

def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def selection_sort(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a

def bubble_sort(a):
    a = list(a)
    n = len(a)
    swapped = True
    while swapped:
        swapped = False
        for i in range(1, n):
            if a[i - 1] > a[i]:
                a[i - 1], a[i] = a[i], a[i - 1]
                swapped = True
        n -= 1
    return a

def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick_sort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return (quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quick_sort([x for x in a if x > pivot]))

def quick_sort_in_place(a, lo=0, hi=None):
    if hi is None:
        a = list(a)
        hi = len(a) - 1
        quick_sort_in_place(a, lo, hi)
        return a
    while lo < hi:
        pivot = a[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            quick_sort_in_place(a, lo, j)
            lo = i
        else:
            quick_sort_in_place(a, i, hi)
            hi = j
    return a

def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift_down(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift_down(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(0, end - 1)
    return a

def counting_sort(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for offset, c in enumerate(counts):
        out.extend([offset + lo] * c)
    return out

def radix_sort(a):
    """LSD radix sort for non-negative ints, base 16."""
    a = list(a)
    shift = 0
    while any(x >> shift for x in a):
        buckets = [[] for _ in range(16)]
        for x in a:
            buckets[(x >> shift) & 15].append(x)
        a = [x for b in buckets for x in b]
        shift += 4
    return a

def shell_sort(a):
    a = list(a)
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            tmp = a[i]
            j = i
            while j >= gap and a[j - gap] > tmp:
                a[j] = a[j - gap]
                j -= gap
            a[j] = tmp
        gap //= 2
    return a

algorithms = [insertion_sort, selection_sort, bubble_sort, merge_sort, quick_sort,
              quick_sort_in_place, heap_sort, counting_sort, shell_sort]

for n, seed in [(0, 1), (1, 2), (2, 3), (10, 4), (57, 5), (300, 6)]:
    values = data(n, seed)
    expected = sorted(values)
    results = {alg.__name__: alg(values) == expected for alg in algorithms}
    print(n, all(results.values()), expected[:6])

values = data(200, 99, 0, 10 ** 6)
print(radix_sort(values) == sorted(values), radix_sort(values)[:5])
print(merge_sort(["pear", "apple", "fig", "banana"]), heap_sort([3.5, -1.0, 2.25]))

# Merge sort is stable: sort records by key and check original order within equal keys.
records = [(x % 5, i) for i, x in enumerate(data(40, 7, 0, 100))]

class Keyed:
    def __init__(self, rec):
        self.rec = rec

    def __lt__(self, other):
        return self.rec[0] < other.rec[0]

stable = [k.rec for k in merge_sort([Keyed(r) for r in records])]
print(stable == sorted(records, key=lambda r: r[0]), stable[:6])
