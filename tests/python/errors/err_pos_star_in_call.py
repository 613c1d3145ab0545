def f(*a):
    pass
def g():
    n = 5
    x = f(1, *n), 2
g()
