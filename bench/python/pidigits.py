# Digits of pi with Gibbons' unbounded spigot algorithm: big-integer multiplication,
# addition and floor division on numbers that grow to thousands of digits.

def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits

digits = pi_digits(3000)
text = "".join(map(str, digits))
assert text.startswith("31415926535897932384626433832795028841971693993751")
for i in range(0, 100, 50):
    print(text[i:i + 50])
print("...")
print(text[-50:])
print("digit sum:", sum(digits), "sevens:", text.count("7"))
