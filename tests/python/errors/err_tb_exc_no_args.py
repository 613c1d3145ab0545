def check(x):
    if x < 0:
        raise ValueError
    return x

check(1)
check(-1)
