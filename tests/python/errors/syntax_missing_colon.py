def check(x):
    if x > 1
        return "big"
    return "small"

print(check(3))
