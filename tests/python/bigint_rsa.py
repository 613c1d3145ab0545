# Toy RSA with big integers: extended Euclid, modular inverse, Miller-Rabin prime search,
# key generation from a deterministic generator, encryption, signatures, CRT decryption.

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m

def is_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

class Rand:
    def __init__(self, seed):
        self.x = seed

    def bits(self, k):
        out = 0
        for _ in range(0, k, 32):
            self.x = (self.x * 6364136223846793005 + 1) % 2 ** 64
            out = (out << 32) | (self.x >> 32)
        return out >> (-k % 32) if k % 32 else out

def random_prime(rng, bits):
    while True:
        candidate = rng.bits(bits) | (1 << (bits - 1)) | 1
        if is_prime(candidate):
            return candidate

def keygen(rng, bits=512, e=65537):
    while True:
        p = random_prime(rng, bits // 2)
        q = random_prime(rng, bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and egcd(e, phi)[0] == 1:
            d = modinv(e, phi)
            return {"n": p * q, "e": e, "d": d, "p": p, "q": q}

print(egcd(240, 46), modinv(3, 11), modinv(10, 17), (modinv(10, 17) * 10) % 17)
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)

key = keygen(Rand(20240601))
n, e, d = key["n"], key["e"], key["d"]
print("p bits:", len(bin(key["p"])) - 2, "q bits:", len(bin(key["q"])) - 2, "n digits:", len(str(n)))
print("n =", n)
print("d * e mod phi =", d * e % ((key["p"] - 1) * (key["q"] - 1)))

def text_to_int(text):
    value = 0
    for ch in [ord(c) for c in text]:
        value = value * 256 + ch
    return value

def int_to_text(value):
    chars = []
    while value:
        value, c = divmod(value, 256)
        chars.append(chr(c))
    return "".join(reversed(chars))

message = "Attack at dawn!"
m = text_to_int(message)
c = pow(m, e, n)
print("m =", m)
print("c =", c)
print("decrypted:", int_to_text(pow(c, d, n)))

# CRT decryption gives the same result faster.
p, q = key["p"], key["q"]
dp, dq, qinv = d % (p - 1), d % (q - 1), modinv(q, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
h = qinv * (m1 - m2) % p
print("CRT agrees:", m2 + h * q == m)

# Signatures.
digest = sum(ord(ch) * 31 ** i for i, ch in enumerate(message)) % n
signature = pow(digest, d, n)
print("signature valid:", pow(signature, e, n) == digest, "| tampered valid:", pow(signature + 1, e, n) == digest)

# Textbook RSA is multiplicatively homomorphic.
a, b = 12345, 67890
print(pow(a, e, n) * pow(b, e, n) % n == pow(a * b, e, n))

# Fermat's little theorem and Carmichael numbers.
carmichael = [k for k in range(3, 20000, 2) if not is_prime(k) and all(pow(a, k - 1, k) == 1 for a in range(2, 20) if egcd(a, k)[0] == 1)]
print("Carmichael numbers below 20000:", carmichael)
print(pow(2, 10 ** 100, 10 ** 9 + 7), pow(3, 2 ** 200, 2 ** 127 - 1))
