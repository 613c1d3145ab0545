# Integer loops: nested counted loops, while loops, modular arithmetic and bit operations
# on small ints (no allocation beyond the ints themselves).

def triangle_sums(n):
    total = 0
    for i in range(n):
        for j in range(i % 97):
            total += (i * j) % 7
    return total

def collatz_steps(limit):
    best, best_n = 0, 0
    for start in range(1, limit):
        n, steps = start, 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best:
            best, best_n = steps, start
    return best_n, best

def gcd_sum(n):
    total = 0
    for a in range(1, n):
        x, y = n, a
        while y:
            x, y = y, x % y
        total += x
    return total

a = triangle_sums(60000)
b = collatz_steps(60000)
c = gcd_sum(300000)
print(a, b, c)
