# Data nested far deeper than the recursion limit: repr, str, comparisons and ordering
# raise RecursionError (never a crash) and the program goes on.
def t(what, f):
    try:
        r = f()
        print(what, 'ok', type(r).__name__)
    except RecursionError as e:
        print(what, 'RecursionError:', e)
a = []
b = []
tp = ()
tq = ()
fs = frozenset()
d = {}
for i in range(50000):
    a = [a]
    b = [b]
    tp = (tp,)
    tq = (tq,)
    fs = frozenset([fs])
    d = {'k': d}
t('repr(list)', lambda: repr(a))
t('str(list)', lambda: str(a))
t('f-string', lambda: f'{a}')
t('percent', lambda: '%s' % (a,))
t('repr(tuple)', lambda: repr(tp))
t('repr(frozenset)', lambda: repr(fs))
t('list ==', lambda: a == b)
t('list <', lambda: a < b)
t('tuple ==', lambda: tp == tq)
t('tuple <', lambda: tp < tq)
t('same object ==', lambda: tp == tp)
t('max', lambda: max([tp, tq]))
t('sorted', lambda: sorted([a, b]))
t('index', lambda: [tp].index(tq))
t('count', lambda: [a].count(b))
t('in list', lambda: a in [b])
t('hash(frozenset)', lambda: hash(fs))
t('frozenset ==', lambda: fs == frozenset([fs]))
e = {}
for i in range(50000):
    e = {'k': e}
t('dict ==', lambda: d == e)
t('dict !=', lambda: d != e)
t('dict in list', lambda: d in [e])
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def __eq__(self, o): return self.nxt == o.nxt
n1 = None
n2 = None
for i in range(5000):
    n1 = Node(n1)
    n2 = Node(n2)
t('user __eq__', lambda: n1 == n2)
print('still running')
