# if/elif/else, while and for with else, break, continue and pass.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

print([classify(n) for n in (-3, 0, 4, 7)])

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([4, 8, 15, 16], 15)
find([4, 8, 15, 16], 23)
find([], 1)

i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("while finished normally, i =", i)

i = 0
while True:
    i += 1
    if i > 4:
        break
else:
    print("never printed")
print("broke out at", i)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)

for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print("pair", outer, inner)

def primes_below(limit):
    found = []
    for candidate in range(2, limit):
        for p in found:
            if p * p > candidate:
                found.append(candidate)
                break
            if candidate % p == 0:
                break
        else:
            found.append(candidate)
    return found

print(primes_below(50))

for _ in range(2):
    pass

if True:
    pass
elif False:
    print("no")

def nothing():
    pass

print(nothing())

# Truthiness of common values in conditions.
for value in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), {}, {"k": 0}, set(), None, range(0), range(1)]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")

# A while loop whose else runs after a continue on the last pass.
k = 0
while k < 3:
    k += 1
    if k == 3:
        continue
else:
    print("else after continue, k =", k)

# Loop variables keep their last value after the loop.
for j in range(4):
    pass
print("j after loop:", j)
for j in []:
    pass
print("j unchanged by empty loop:", j)
