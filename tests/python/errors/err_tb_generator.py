def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")

def doubled(src):
    for n in src:
        yield n * 2

def delegating():
    yield from doubled(numbers())

for x in delegating():
    print(x)
