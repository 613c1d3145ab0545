def deco(c):
    raise TypeError("no classes")

@deco
class A:
    pass
