# Augmented assignment on names, attributes and subscripts, in place versus rebinding.

n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 7; print(n)
n **= 10; print(n)
n >>= 3; print(n)
n <<= 2; print(n)
n &= 0x3F0; print(n)
n |= 0x0F; print(n)
n ^= 0xFF; print(n)
n /= 8; print(n)

s = "ab"
s += "cd"
s *= 2
print(s)

# Lists mutate in place under +=; tuples rebind.
lst = [1, 2]
alias = lst
lst += [3]
lst += "xy"
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)

class Counter:
    def __init__(self):
        self.count = 0
        self.history = []

c = Counter()
for i in range(5):
    c.count += i
    c.history += [c.count]
print(c.count, c.history)

d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)

m = [[1, 2], [3, 4]]
m[1][0] *= 10
m[0] += [5]
print(m)

# The subscript expression is evaluated once.
calls = []

def index(i):
    calls.append(i)
    return i

arr = [0, 0, 0]
arr[index(1)] += 5
print(arr, calls)

# Floats and ints mix.
f = 1
f += 0.5
f *= 3
print(f, type(f).__name__)
big = 2
for _ in range(6):
    big **= 2
print(big)
big //= 3
print(big)
x = -7
x //= 2
print(x)
x = -7
x %= 3
print(x)
