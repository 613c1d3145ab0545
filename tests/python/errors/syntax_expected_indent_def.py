def total(values):
    result = 0
    for value in values:
        result += value
    return result


def average(values):
return total(values) / len(values)


print(average([1, 2, 3]))
