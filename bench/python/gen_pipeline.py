# A pipeline of generators: a source, several filtering and mapping stages written as
# generator functions and generator expressions, a windowed stage keeping state between
# yields, and a consumer. Measures generator resume/suspend and iteration overhead.

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def scramble(source):
    for x in source:
        yield (x * 2654435761) % 4294967296

def only_even(source):
    for x in source:
        if x & 1 == 0:
            yield x

def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield window
            window = window[1:]

def moving_max(source):
    for window in source:
        yield max(window)

def pipeline(n):
    stage1 = scramble(numbers(n))
    stage2 = only_even(stage1)
    stage3 = (x >> 8 for x in stage2)
    stage4 = moving_max(windows(stage3, 4))
    stage5 = (x % 1000 for x in stage4 if x % 3)
    total = count = 0
    for value in stage5:
        total += value
        count += 1
    return count, total

def delegating(n):
    def inner(k):
        for i in range(k):
            yield i
        return k

    def outer(rounds):
        done = 0
        for r in range(rounds):
            done += yield from inner(100)
        return done

    gen = outer(n // 100)
    total = 0
    for v in gen:
        total += v
    return total

print(pipeline(800000))
print(delegating(1000000))
