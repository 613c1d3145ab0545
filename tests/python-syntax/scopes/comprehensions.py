data = [1, 2, 3]
squares = [x * x for x in data]
pairs = [(x, y) for x in data for y in data if x < y]
evens = {x for x in data if x % 2 == 0}
index = {k: v for k, v in enumerate(data)}
gen = (x for x in data)
nested = [[y for y in range(x)] for x in data]

def in_function(n):
    total = sum(i for i in range(n))
    matrix = [[i * j for j in range(n)] for i in range(n)]
    return total, matrix

def walrus(values):
    if any((found := v) > 10 for v in values):
        return found
    return [last := v for v in values], last

walrus_global = [g := i for i in range(3)]

class WithComprehension:
    items = [1, 2]
    doubled = [i * 2 for i in items]
