# Primes: sieve of Eratosthenes, segmented sieve, trial division, factorisation,
# Miller-Rabin with bignums, Goldbach pairs and prime gaps.

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for p in range(2, int(limit ** 0.5) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = [False] * len(range(p * p, limit + 1, p))
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(100000)
print(len(primes), primes[:15], primes[-3:], sum(primes))

def segmented(lo, hi, base):
    flags = [True] * (hi - lo)
    for p in base:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            flags[m - lo] = False
    return [lo + i for i, f in enumerate(flags) if f and lo + i > 1]

print(segmented(10 ** 9, 10 ** 9 + 200, primes))

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def show(factors):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(factors.items()))

for n in [2, 12, 360, 9973, 1001, 2 ** 31 - 1, 600851475143, 3 ** 10 * 7 ** 3]:
    print(n, "=", show(factorize(n)))

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

mersenne = [p for p in range(2, 130) if is_probable_prime(2 ** p - 1)]
print("Mersenne exponents:", mersenne)
print(is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1), is_probable_prime(10 ** 30 + 57))
print(all(is_probable_prime(p) for p in primes[:2000]), sum(is_probable_prime(n) for n in range(100000)))

prime_set = set(primes)
for even in [28, 100, 1000, 9998]:
    pairs = [(p, even - p) for p in primes if p <= even // 2 and even - p in prime_set]
    print(even, len(pairs), pairs[:3])

gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps.setdefault(b - a, a)
print(sorted(gaps.items())[:12])
twin = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
print("twin prime pairs below 100000:", twin)
