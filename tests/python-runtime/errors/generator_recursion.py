# Recursion through `yield from` counts one frame per generator, as CPython does.
def walk(n):
    if n:
        yield from walk(n - 1)
    yield n
print(sum(walk(900)))
def g(n):
    yield from g(n + 1)
list(g(0))
