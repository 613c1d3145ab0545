# Literals and f-string corners; print sep/end with starred arguments; min/max/sorted keys and
# defaults; sum/abs/divmod/round/int/float/hex/ord edge cases; type names of builtin objects.
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(f"{(lambda x: x * 2)(4)}", f"{'a' if 1 else 'b'}", f"{f'{1+1}'}", f"{'{'}", f"{3:{'>'}{5}}", f"{'x'!r:^{7}}")
print(f'{1,2}', f'{(1, 2)}', f'{[x for x in range(3)]}', f'{ {1: 2} }', f'{1!r}{2!s}', f'{"a":>3}{"b":<3}|')
width = 6
for v in [0, -1, 3.5, 'ab', True, None, 2**70]:
    print(f'[{v!s:>{width}}] [{v!r:<{width}}]')
print(1_000.5, 0x10 + 0o10 + 0b10, 1e3, 1E-3, .5, 5., 0.0, 1_0e1_0)
print(r'\n', 'a\
b', '''x
y''', """q"r""", '\x41\u0042\U00000043\101', 'tab\there', len('\0'))
print(type(...), ... is Ellipsis)
x = 5
print(-x ** 2, (-x) ** 2, x if x > 3 else -x, not x, x and not x, [x] * 2 + [x])
print(*range(3), sep=',', end=';\n')
print(*[], sep='x')
print(sys.stdout.write('w\n'))
print('to stderr', file=sys.stderr) if False else None
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), min(nums, key=abs), max(nums, key=lambda v: (v % 3, v)))
print(sorted([(2, 'b'), (1, 'b'), (2, 'a')], key=lambda p: p[1]), sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True))
print(max('apple', 'fig', 'banana', key=len), min('apple', 'fig', 'banana', key=len), max([[1, 2], [3]], key=len), min({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(max([], key=len, default='empty'), min((), default=0), max([5], default=9), max(3, 7, key=lambda v: -v), min([1, 2], key=None))
t(lambda: max([], key=len))
t(lambda: min(1, 2, default=3))
t(lambda: max(key=len))
t(lambda: min([1], [2], key=len, foo=1))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([2**70, 0.5]), sum([[1]], [0]), sum(((1,), (2,)), ()), sum(x * x for x in range(10)))
t(lambda: sum([[1]]))
t(lambda: sum([], 'a'))
t(lambda: sum(['a']))
print(abs(-7.25), abs(2**64), abs(-0), divmod(-7.5, -2), divmod(7, 0.5), divmod(-2**65, 3), divmod(2**65, -3), divmod(0, 5), divmod(-0.0, 5))
print(round(0.5), round(1.5), round(-0.5), round(-1.5), round(2.675, 2), round(1e15 + 0.5), round(123.456, 1), round(-123.456, -2), round(10**20 + 0.0, -19), round(2**70, -20), round(-7, -1), round(-15, -1), round(-25, -1))
print(int('  +1_0  '), int('-0x1F', 16), int('0o777', 0), int('Z0', 36), int('١٠'), int(' \u2003 7 '), int(True), int(-7.9), int(7.9), int('0'), int('000'), int('0' * 50 + '1'))
t(lambda: int('0x', 16))
t(lambda: int('1 0'))
t(lambda: int('_1'))
t(lambda: int('1_'))
t(lambda: int('9', 8))
t(lambda: int('1', 0.5))
t(lambda: int(None))
t(lambda: int('12', base=40))
print(float('  1.5e3  '), float('-iNF'), float('+nan'), float('1e-400'), float('0x10' if False else '16'), float('1_000.000_1'), float(-2**70), float('.5e1'))
t(lambda: float('1e'))
t(lambda: float('0x10'))
t(lambda: float('in f'))
print(str(-0.0), str(1e-4), str(1e-5), str(123456789.0), str(1e16), str(-1.5e-10), repr(1.0000000000000002), repr(0.30000000000000004), [1.0, -0.0, float('inf')], {'k': float('nan')})
print(hex(2**64), oct(-2**64), bin(2**10 - 1), hex(-1), bin(-1), oct(1), f'{255:#X}', f'{-255:#b}', f'{10:#o}')
print(ord('\n'), ord('\x00'), ord('\uffff'), chr(10) == '\n', chr(0x10FFFF) == '\U0010ffff', repr(chr(0x10FFFF)), repr(chr(0xD800)) if False else '')
print(bool([[]]), bool((0,)), bool(' '), bool(-1), bool(0.1), bool(float('-0')))
print(list(range(3)) + list('ab') + list({'k': 0}) + list((5,)) + list({7}) + list(iter([8])) + list(x for x in [9]))
print(tuple([1]), tuple('ab'), tuple({1: 2}), tuple(range(2)), dict([(1, 2)]), dict(a=1), dict({1: 2}, b=3), set([1, 1]), frozenset((2, 2)))
print(type(1) is int, type(type) is type, type(len).__name__, type(print).__name__, type(t).__name__, type(o := object()).__name__, type(sys).__name__, type(range(1)).__name__, type(iter([])).__name__, type(iter(range(3))).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(enumerate([])).__name__)
print(isinstance(1.0, (int, float)), isinstance('s', str), isinstance([], list), isinstance({}, dict), isinstance(set(), set), isinstance((), tuple), isinstance(None, object), isinstance(int, type), isinstance(range(1), range), isinstance(print, object))
print(callable(print), callable(int), callable(None), callable(t), callable(sys.exit), callable(type), callable('s'.upper))
print(hash(0) == hash(0.0) == hash(False), hash(10**20) == hash(float(10**20)), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1})) == hash(frozenset({1.0})), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(repr(repr), repr(str)[:13], repr(type(None)), repr(Ellipsis), repr(NotImplemented), str(print)[:9])
