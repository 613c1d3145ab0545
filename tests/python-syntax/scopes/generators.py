def gen():
    yield 1

def gen_from():
    yield from range(3)

def not_a_generator():
    return [(yield_) for yield_ in range(3)]

def gen_in_lambda():
    return lambda: (yield)

def returns_value():
    return 1

def gen_returns():
    x = yield
    return x

def uses_genexp():
    return (i for i in range(3))
