def f(items):
    for item in items:
        print(item)
    break

f([1])
