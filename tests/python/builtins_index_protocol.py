# __index__ wherever an integer is wanted (subscripts, slices, range, hex, repetition,
# widths) and the errors when it returns something else; operand errors of ** and pow;
# sequence repetition by non-ints; dict views with other iterables.
class BadIdx:
    def __index__(self): return 1.5
try:
    print([1, 2][BadIdx()])
except Exception as e:
    print(e)
try:
    print(hex(BadIdx()))
except Exception as e:
    print(e)
class BigIdx:
    def __index__(self): return 2**70
class BoolIdx:
    def __index__(self): return True
for f in [lambda: range(BadIdx()), lambda: [1][BigIdx()], lambda: range(BigIdx()), lambda: [1,2,3][BadIdx():], lambda: 'abc'[BadIdx()], lambda: (1,)[BadIdx()], lambda: range(3)[BadIdx()], lambda: 'a' * BadIdx(), lambda: [0] * BigIdx(), lambda: 'a'.center(BadIdx())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class A: pass
a = A()
for f in [lambda: a ** 2, lambda: 2 ** a, lambda: pow(a, 2), lambda: pow(a, 2, 3), lambda: pow('a', 2, 3), lambda: pow(2, 2, 3.0)]:
    try: f()
    except TypeError as e: print(e)
try:
    a **= 2
except TypeError as e: print(e)
class I:
    def __index__(self): return 2
print('ab' * I(), I() * [1], (1,) * I())
l = [1]; l *= I(); print(l)
s = 'x'; s *= I(); print(s)

d = {'a': 1, 'b': 2}
k = d.keys(); it = d.items()
print(sorted(k | ['z']), sorted(['z'] | k), k & ['a'], ['a', 'q'] & k, sorted(k - ['a']), sorted(['a', 'q'] - k), sorted(k ^ ['a', 'q']), sorted(('a', 'q') ^ k))
print(sorted(k | range(2), key=str), it & [('a', 1)], sorted(it | {('q', 0)}), {('a', 1)} - it)
print(k <= {'a', 'b', 'c'}, k < {'a', 'b'}, k >= {'a'}, k > k, {'a'} < k, {'a', 'b'} <= k, frozenset('ab') >= k, it <= it, k == {'a', 'b'}, {'a', 'b'} == k, k != {'a'})
for f in [lambda: k | 5, lambda: 5 | k, lambda: k < [1], lambda: d.values() | {1}, lambda: k + {1}]:
    try: print(f())
    except TypeError as e: print(e)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 'a' * 1.5)
t(lambda: 1.5 * 'a')
t(lambda: [1] * 1.5)
t(lambda: 1.5 * [1])
t(lambda: (1,) * 1.5)
t(lambda: 'a' * 'b')
t(lambda: 'a' * None)
t(lambda: None * 'a')
t(lambda: [1] * [1])
t(lambda: 'a' * 2**70)
x = 'a'
def f():
    global x
    x *= 1.5
t(f)
