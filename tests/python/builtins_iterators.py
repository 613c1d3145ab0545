# Builtins over generators and iterators: laziness (what each one consumes), zip strict,
# enumerate with any int start, iter(callable, sentinel), next with default, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def g(n):
    for i in range(n):
        print('  yield', i)
        yield i
print(any(v > 1 for v in g(5)))
print(all(v < 1 for v in g(5)))
it = g(5)
print(list(zip(it, 'ab')), list(it))
t(lambda: list(zip('ab', 'abc', strict=True)))
t(lambda: list(zip('abc', 'ab', strict=True)))
t(lambda: list(zip('ab', 'ab', 'a', strict=True)))
print(list(zip('ab', 'ab', strict=True)))
print(list(enumerate('ab', 2**70)), list(enumerate('', 5)))
r = range(2**70, 2**70 + 5, 2)
print(list(reversed(r)), r[-1], len(r), r.index(2**70 + 2), list(reversed(range(-5))), list(reversed(range(5, -5, -3))))
m = map(lambda a, b: a * b, [1, 2, 3], g(2))
print(list(m), list(m))
f = filter(None, g(3))
print(next(f), list(f))
def boom(v):
    if v == 2: raise KeyError('boom')
    return v
t(lambda: sorted([3, 2, 1], key=boom))
t(lambda: max([1, 2, 3], key=boom))
t(lambda: min(g(0)))
t(lambda: min(g(0), default='none'))
t(lambda: sum(g(3), 10))
t(lambda: sum(g(3), 0.5))
t(lambda: list(map(boom, [1, 2, 3])))
t(lambda: [x for x in filter(boom, [1, 2, 3])])
gen = g(1)
print(next(gen), next(gen, 'end'), next(gen, 'end2'))
t(lambda: next(gen))
cnt = iter([1, 2, 3, 4])
print(list(iter(lambda: next(cnt), 3)))
t(lambda: list(iter(lambda: 1 / 0, 0)))
t(lambda: iter(5, 1))
t(lambda: iter(len))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(enumerate('xy')), list(map(pow, [2, 3], [3, 2])), list(map(divmod, [7], [2])))
print(sorted(g(3), reverse=True), list(reversed(list(g(2)))), tuple(g(1)), set(g(2)) == {0, 1}, dict.fromkeys(g(2)))
e = enumerate(g(2))
print(next(e), list(e))
z = zip(g(3), g(2))
print(list(z))
print(max(g(3)), min(g(3), key=lambda v: -v), sum(g(4)), sorted(g(3), key=lambda v: v % 2))
t(lambda: reversed(g(2)))
t(lambda: len(g(2)))
t(lambda: g(2)[0])
class StartIndex:
    def __index__(self): return 3
print(list(enumerate("ab", StartIndex())), list(enumerate('abc', 2**46 - 2)), list(enumerate('ab', -2**46 - 1)), list(enumerate('ab', 2**47)), list(enumerate('ab', -1)))
try:
    enumerate('a', 1.5)
except TypeError as e:
    print(e)
