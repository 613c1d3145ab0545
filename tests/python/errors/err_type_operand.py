def combine(label, count):
    return label + count

print(combine("a", "b"))
print(combine("items: ", 3))
