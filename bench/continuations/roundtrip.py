# 10^7 resume+yield round trips with one generator; prints the last value.
def ticker():
    i = 0
    while True:
        yield i
        i += 1

g = ticker()
v = None
for _ in range(10000000):
    v = next(g)
print(v)
