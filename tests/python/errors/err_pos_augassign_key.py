class O:
    def __iter__(self):
        return 5
d = {"a": 1}
t = (1, 2, 3)
n = None
def f():
    d["zz"] += 1
f()
