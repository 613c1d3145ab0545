def d1(f):
    return f
def d2(f):
    return f.missing
@d1
@d2
@d1
def g():
    pass
