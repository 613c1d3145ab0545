# An uncaught NameError names the closest local, global or builtin (CPython 3.11's
# "Did you mean").
def total(values):
    result = 0
    for value in values:
        result += value
    return reslt
print(total([1, 2]))
