def f(l):
    for x in (
        l
    ):
        pass
f(5)
