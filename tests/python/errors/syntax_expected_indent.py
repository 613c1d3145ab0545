def f(n):
    for i in range(n):
        if i % 2:
        print(i)

f(3)
