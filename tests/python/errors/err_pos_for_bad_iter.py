class O:
    def __iter__(self):
        return 5
d = {"a": 1}
t = (1, 2, 3)
n = None
def f():
    for x in O(): pass
f()
