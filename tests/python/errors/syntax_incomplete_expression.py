a = 1
b = a +
print(b)
