class O:
    def __iter__(self):
        return 5
d = {"a": 1}
t = (1, 2, 3)
n = None
def g():
    yield from 5
def f():
    x = yield_from = list(g())
f()
