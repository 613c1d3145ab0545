# bool and None: truthiness of every builtin, bool arithmetic, and 1, 1.0 and True as one
# dict key / set element (the first key inserted is kept, the last value wins).
print(True, False, None, repr(None), str(True), True == 1, False == 0, True is True, type(True).__name__, type(None).__name__)
print(isinstance(True, int), True + 1, hash(True), hash(False), {True: 'a', 1: 'b', 1.0: 'c'}, {0: 'x', False: 'y', 0.0: 'z'})
print(bool(None), bool(''), bool('a'), bool([]), bool([0]), bool({}), bool(()), bool(set()), bool(range(0)), bool(0.0), bool(-0.0), bool(float('nan')))
print(None == None, None == 0, None is not None, not None, [None] * 2, str(None), f'{None}', f'{None!r:>6}')
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d), list(d.keys())[0].__class__.__name__)
s = {1, 1.0, True}
print(s, len(s))
s2 = {True, 1}
print(s2)
print({1.0: 1}[True], {True: 1}.get(1.0), 1 in {True}, 1.0 in {1: 2}, 2 ** 0 in {1.0})
print(True & True, True | False, type(True & True).__name__, type(True + True).__name__, True ^ 1, ~False)
print(int(True), float(False), str(False), repr(True), -True, True * 1.5, True / True)
print(max(True, 1), min(1, True), sorted([True, 0, 1, False]), sum([True, True, True]))
print(hash(None) == hash(None), None.__class__.__name__, bool.__name__, bool(), bool(1), bool(2))
print(format(True), format(True, 'd'), format(True, '>5'), f'{True!s:^7}', '%s %d %r' % (True, True, False))
