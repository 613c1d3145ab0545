def f(l):
    return [y for x in l for y in x]
print(f([[1], 5]))
