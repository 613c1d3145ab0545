# Operator precedence, associativity, chained comparisons and short-circuit evaluation.

print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3))
print(100 // 7 % 3, 100 // (7 % 3))
print(7 * 3 // 2, 7 * (3 // 2))
print(1 + 2 << 3, 1 + (2 << 3))
print(6 & 3 | 8, 6 & (3 | 8))
print(5 ^ 3 & 1, (5 ^ 3) & 1)
print(~5 + 1, ~(5 + 1))
print(-3 % 5, -(3 % 5))
print(not 1 == 2, (not 1) == 2)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(1 == 1.0 == True, 0 == False != None)
print(1 < 2 == 2 < 3 <= 3 != 4)

# Chained comparisons evaluate the middle operand once.
calls = []

def val(x):
    calls.append(x)
    return x

print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(3) < val(2) < val(1), calls)

# and / or return one of their operands and stop early.
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0)
print(None or 0 or "last", [1] and "yes" or "no", [] and "yes" or "no")
calls.clear()
result = val(0) and val(1) or val(2) and val(3)
print(result, calls)

# Conditional expressions bind loosely and nest to the right.
for n in range(-1, 3):
    kind = "negative" if n < 0 else "zero" if n == 0 else "one" if n == 1 else "many"
    print(n, kind)
x = 5
print(x + 1 if x > 3 else x - 1, (x + 1) if False else x * 10)

# Membership and identity bind like comparisons.
items = [1, 2, 3]
print(2 in items, 4 not in items, not 2 in items)
print(items is items, items is not items[:], None is None)
print(1 in items == True, (1 in items) == True)

# Unary operators.
print(-(-5), +(-5), - - 5, not not 0, ~~7)
print(-True, +False, ~True)

# Lambda has the lowest precedence.
f = lambda a, b=2: a * b if a else -b
print(f(3), f(0), f(3, b=5))
print((lambda: 1 or 2)())

# Comparison of sequences is lexicographic.
print([1, 2] < [1, 2, 0], (1, 3) > (1, 2, 9), "abc" < "abd", "Z" < "a")
print([] == [], () == (), [1, [2, 3]] == [1, [2, 3]])
