def counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

def outer(a):
    b = 1
    def middle():
        def inner():
            return a + b + c
        return inner
    return middle

def shadow(x):
    def f(x):
        return x
    def g():
        return x
    return f, g

def late_binding():
    fns = [lambda: i for i in range(3)]
    return fns

def reads_global():
    return undefined_name, len

def assigns_after_read():
    y = value
    value = 2
    return y

def uses_class_free():
    x = 1
    class C:
        y = x
        def m(self):
            return x
    return C
