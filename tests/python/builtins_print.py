# print: sep, end, file (sys.stdout, sys.stderr, objects with write(), which get each piece
# by its own call), flush, and errors part-way.
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('a', 1, sep='-', end='!', file=w)
print(file=w)
print(*'xyz', file=w, sep='')
print(w.parts)
print('err line', file=sys.stderr)
print('flushed', flush=True)
try:
    print('x', file=5)
except Exception as e:
    print(type(e).__name__, e)
print(None, sep=None, end=None)
sys.stdout.write('direct\n')
print(end='')
print('', end='\n\n')
print('last')
class WF(W):
    def flush(self): self.parts.append('<flush>')
wf = WF()
print('p', 'q', file=wf, flush=True)
print('p', file=wf, flush=False)
print(wf.parts)
print('to stdout via file', file=sys.stdout, flush=True)
sys.stdout.flush()
print('x', file=None)
try:
    print('x', file=W(), flush=True)
except AttributeError as e:
    print('AttributeError', e)
class Bad:
    def __str__(self): raise ValueError('no str')
w2 = W()
try:
    print('a', Bad(), file=w2)
except ValueError as e:
    print('ValueError', e, w2.parts)
