scale = lambda x: 10 // x
print([scale(v) for v in [5, 2]])
print(sum(scale(v) for v in [1, 0]))
