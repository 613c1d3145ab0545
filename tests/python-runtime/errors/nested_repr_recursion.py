# repr of a list nested deeper than the recursion limit: RecursionError, not a crash.
x = [1]
for i in range(100000):
    x = [x]
print(len(str(x)))
