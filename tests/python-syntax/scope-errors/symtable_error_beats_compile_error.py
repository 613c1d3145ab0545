return 1
def f():
    nonlocal y
