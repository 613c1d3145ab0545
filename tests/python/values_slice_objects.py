# slice objects: attributes, indices(), comparisons, unhashable, errors; subscripts that
# build slices, tuples of slices and Ellipsis for __getitem__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), repr(slice('a', [1], None)))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(100, -100, -3).indices(7))
print(list(range(10))[s], 'abcdefghij'[slice(None, None, -2)], (1, 2, 3)[slice(1, None)], range(20)[s])
print(s == slice(1, 10, 2), s != slice(1, 10), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
t(lambda: hash(s))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: s.indices(-1))
t(lambda: slice(0, 1, 0).indices(5))
t(lambda: [1, 2][slice(0, 1, 0)])
t(lambda: [1, 2][slice('a', None)])
l = list(range(6))
l[slice(1, 3)] = ['x']
print(l)
del l[slice(None, None, 2)]
print(l)
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[::], g[1:2, 3], g[:, ::2], g[...], g[1:2:3], g[-1:], g['a':'b'])
