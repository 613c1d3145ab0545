class Plain(Exception):
    pass

def f():
    raise Plain()

try:
    f()
except Plain as e:
    print(repr(e), str(e) == "")
raise KeyError("a", 2)
