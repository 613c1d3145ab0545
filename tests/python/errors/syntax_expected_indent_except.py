try:
    value = int("x")
except ValueError:
value = -1
print(value)
