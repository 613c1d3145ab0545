# list slice reads, assignments and deletions with every kind of bound and step, and
# index/insert/pop/remove/count/sort: cases drawn at random once, kept fixed.
def t(f):
    try:
        r = f()
        print(repr(r), L)
    except Exception as e:
        print(type(e).__name__ + ":", e, L)
L = []
L = list(range(9))
def f():
    L[1:-2**70:None] = range(3)
t(f)
L = list(range(3))
t(lambda: L[-5:-12:3])
L = list(range(7))
L = [1, -2, -3, 2, -2, 0, -1]
t(lambda: L.sort(key=abs, reverse=False))
L = list(range(2))
t(lambda: L.pop(-1))
L = list(range(0))
L = []
t(lambda: L.sort(key=abs, reverse=True))
L = list(range(4))
def f():
    del L[-1:9:2]
t(f)
L = list(range(2))
L = [-1, -3]
t(lambda: L.sort(key=lambda v: -v, reverse=False))
L = list(range(2))
L = [-1, 3]
t(lambda: L.sort(key=None, reverse=False))
L = list(range(1))
def f():
    del L[0:4:3]
t(f)
L = list(range(2))
def f():
    del L[-2**70:-5:None]
t(f)
L = list(range(4))
L = [3, 0, -3, 1]
t(lambda: L.sort(key=str, reverse=False))
L = list(range(6))
t(lambda: L[None:4:None])
L = list(range(2))
t(lambda: L[-1:-12:2])
L = list(range(7))
def f():
    del L[1:9:-2]
t(f)
L = list(range(7))
def f():
    L[-2**70:1:-2] = []
t(f)
L = list(range(6))
L = [1, 1, -1, -2, -1, -1]
t(lambda: L.sort(key=None, reverse=False))
L = list(range(10))
def f():
    del L[-5:-12:-1]
t(f)
L = list(range(4))
L = [-3, 1, 1, 0]
t(lambda: L.sort(key=None, reverse=True))
L = list(range(9))
def f():
    del L[0:4:-3]
t(f)
L = list(range(2))
def f():
    L[2**70:None:0] = (x for x in [5, 6])
t(f)
L = list(range(3))
def f():
    L[-2**70:15:-1] = {1: 2}
t(f)
L = list(range(6))
def f():
    L[2:1:-1] = []
t(f)
L = list(range(6))
def f():
    L[4:15:-1] = 5
t(f)
L = list(range(7))
L = [0, -1, -1, 0, 0, -2, -3]
t(lambda: L.sort(key=str, reverse=True))
L = list(range(10))
L = [0, -1, 1, 3, 1, 3, 1, -1, -3, 3]
t(lambda: L.sort(key=lambda v: -v, reverse=True))
L = list(range(4))
def f():
    del L[-2**70:2**70:-2]
t(f)
L = list(range(7))
def f():
    L[-2**70:-2**70:-2] = (x for x in [5, 6])
t(f)
L = list(range(10))
def f():
    L[None:4:-2] = (x for x in [5, 6])
t(f)
L = list(range(10))
def f():
    L[0:9:3] = (x for x in [5, 6])
t(f)
L = list(range(4))
t(lambda: L[-2**70:2:3])
L = list(range(2))
L = [-1, 1]
t(lambda: L.sort(key=abs, reverse=True))
L = list(range(3))
t(lambda: L.count(-1))
L = list(range(9))
t(lambda: L.index(15))
L = list(range(10))
def f():
    L[None:-1:-1] = None
t(f)
L = list(range(7))
t(lambda: L[-5:-1:-1])
L = list(range(10))
t(lambda: (tuple(L)[4:-1:-1], range(10)[4:-1:-1], "abcdefghijk"[:10][4:-1:-1]))
L = list(range(0))
L = []
t(lambda: L.sort(key=str, reverse=True))
L = list(range(8))
def f():
    L[4:1:-3] = {1: 2}
t(f)
L = list(range(9))
def f():
    L[-1:-1:3] = []
t(f)
L = list(range(5))
def f():
    del L[0:2:1]
t(f)
L = list(range(8))
def f():
    del L[None:9:-2]
t(f)
L = list(range(1))
def f():
    L[9:1:-2] = (x for x in [5, 6])
t(f)
L = list(range(2))
def f():
    del L[15:2**70:3]
t(f)
L = list(range(7))
def f():
    L[15:2:0] = [7, 8, 9, 10]
t(f)
L = list(range(2))
t(lambda: L[1:2**70:None])
L = list(range(6))
def f():
    L[15:15:-1] = (x for x in [5, 6])
t(f)
L = list(range(10))
L = [0, -2, 0, -1, 0, 2, 0, 0, 3, -2]
t(lambda: L.sort(key=lambda v: -v, reverse=False))
L = list(range(7))
def f():
    L[None:1:-2] = range(3)
t(f)
L = list(range(4))
def f():
    L[None:-12:0] = [7, 8, 9, 10]
t(f)
L = list(range(4))
def f():
    L[-5:2:None] = range(3)
t(f)
L = list(range(8))
t(lambda: L[-1:4:None])
L = list(range(3))
def f():
    del L[-5:-2**70:-2]
t(f)
L = list(range(4))
def f():
    del L[4:9:1]
t(f)
L = list(range(0))
t(lambda: L.remove(1))
L = list(range(8))
def f():
    L[1:1:-1] = []
t(f)
L = list(range(0))
def f():
    L[4:2**70:1] = {1: 2}
t(f)
L = list(range(8))
def f():
    L[2:2:0] = L
t(f)
L = list(range(7))
def f():
    del L[-2**70:-1:-2]
t(f)
L = list(range(7))
t(lambda: L.count(1))
L = list(range(10))
t(lambda: L.count(15))
L = list(range(7))
L = [1, 1, 3, -3, -3, 2, -2]
t(lambda: L.sort(key=lambda v: -v, reverse=True))
L = list(range(1))
t(lambda: (tuple(L)[None:1:-3], range(1)[None:1:-3], "abcdefghijk"[:1][None:1:-3]))
L = list(range(1))
L = [-3]
t(lambda: L.sort(key=None, reverse=True))
L = list(range(9))
t(lambda: L[-12:-2**70:-1])
L = list(range(4))
t(lambda: (tuple(L)[4:-5:-1], range(4)[4:-5:-1], "abcdefghijk"[:4][4:-5:-1]))
L = list(range(9))
def f():
    L[-5:-12:2] = []
t(f)
L = list(range(8))
def f():
    L[2:-2**70:1] = 'ab'
t(f)
L = list(range(0))
t(lambda: L[-12:-2**70:-3])
L = list(range(9))
def f():
    L[2:-12:3] = {1: 2}
t(f)
L = list(range(9))
def f():
    del L[1:2**70:3]
t(f)
L = list(range(0))
def f():
    L[0:-5:-2] = 5
t(f)
L = list(range(8))
t(lambda: L[0:-12:2])
L = list(range(4))
t(lambda: L.pop(2))
L = list(range(7))
t(lambda: (tuple(L)[-5:-5:None], range(7)[-5:-5:None], "abcdefghijk"[:7][-5:-5:None]))
L = list(range(10))
def f():
    del L[15:2**70:None]
t(f)
L = list(range(1))
L = [-2]
t(lambda: L.sort(key=str, reverse=False))
L = list(range(7))
L = [1, 2, 0, -3, 3, -2, 0]
t(lambda: L.sort(key=abs, reverse=True))
L = list(range(1))
L = [-2]
t(lambda: L.sort(key=str, reverse=False))
L = list(range(3))
def f():
    L[15:-2**70:3] = L
t(f)
L = list(range(6))
def f():
    L[1:2**70:-2] = {1: 2}
t(f)
L = list(range(6))
L = [1, 1, -2, 2, -2, 0]
t(lambda: L.sort(key=None, reverse=True))
L = list(range(0))
def f():
    L[-1:-1:None] = range(3)
t(f)
L = list(range(7))
t(lambda: (tuple(L)[1:None:-3], range(7)[1:None:-3], "abcdefghijk"[:7][1:None:-3]))
L = list(range(7))
def f():
    del L[15:2:3]
t(f)
L = list(range(7))
def f():
    del L[-1:-5:-1]
t(f)
L = list(range(1))
def f():
    del L[2:4:-1]
t(f)
L = list(range(8))
def f():
    L[0:-5:-2] = {1: 2}
t(f)
L = list(range(3))
def f():
    L[None:1:3] = (x for x in [5, 6])
t(f)
L = list(range(0))
t(lambda: (tuple(L)[2**70:4:0], range(0)[2**70:4:0], "abcdefghijk"[:0][2**70:4:0]))
L = list(range(2))
def f():
    L[2**70:1:-2] = range(3)
t(f)
L = list(range(10))
def f():
    L[-5:None:2] = []
t(f)
L = list(range(9))
def f():
    L[-12:15:-3] = (x for x in [5, 6])
t(f)
L = list(range(10))
def f():
    del L[4:1:-2]
t(f)
L = list(range(1))
t(lambda: (tuple(L)[-2**70:4:-1], range(1)[-2**70:4:-1], "abcdefghijk"[:1][-2**70:4:-1]))
L = list(range(3))
def f():
    L[-1:None:-3] = 'ab'
t(f)
L = list(range(0))
def f():
    del L[4:2**70:-3]
t(f)
L = list(range(2))
def f():
    L[9:9:3] = [7]
t(f)
L = list(range(1))
