# Unbounded recursion through every protocol (repr, str, items, attributes, comparisons,
# operators, hash, len, bool, iter, call, properties, __init__, generators, comprehensions)
# and through deeply nested data ends in RecursionError, and the program carries on.
import sys
def inf(n): return inf(n + 1)
try: inf(0)
except RecursionError as e: print("plain:", e)
class R:
    def __repr__(self): return repr(self)
try: repr(R())
except RecursionError as e: print("repr:", type(e).__name__)
class S:
    def __str__(self): return str(self)
try: str(S())
except RecursionError as e: print("str:", type(e).__name__)
class G:
    def __getitem__(self, i): return self[i]
try: G()[0]
except RecursionError as e: print("getitem:", type(e).__name__)
class A:
    def __getattr__(self, n): return getattr(self, n)
try: A().x
except RecursionError as e: print("getattr:", type(e).__name__)
class Eq:
    def __eq__(self, o): return self == o
try: Eq() == 1
except RecursionError as e: print("eq:", type(e).__name__)
class Add:
    def __add__(self, o): return self + o
try: Add() + 1
except RecursionError as e: print("add:", type(e).__name__)
class H:
    def __hash__(self): return hash(self)
try: hash(H())
except RecursionError as e: print("hash:", type(e).__name__)
class L:
    def __len__(self): return len(self)
try: len(L())
except RecursionError as e: print("len:", type(e).__name__)
class B:
    def __bool__(self): return bool(self)
try: bool(B())
except RecursionError as e: print("bool:", type(e).__name__)
class It:
    def __iter__(self): return iter(self)
try: iter(It())
except RecursionError as e: print("iter:", type(e).__name__)
class C:
    def __call__(self): return self()
try: C()()
except RecursionError as e: print("call:", type(e).__name__)
class P:
    @property
    def p(self): return self.p
try: P().p
except RecursionError as e: print("property:", type(e).__name__)
class Init:
    def __init__(self): Init()
try: Init()
except RecursionError as e: print("init:", type(e).__name__)
def gen(n): yield from gen(n + 1)
try: next(gen(0))
except RecursionError as e: print("yield from:", type(e).__name__)
def gen2(n):
    for x in gen2(n + 1): yield x
try: next(gen2(0))
except RecursionError as e: print("gen for:", type(e).__name__)
def genexpr_rec(n): return list(x for x in genexpr_rec(n + 1))
try: genexpr_rec(0)
except RecursionError as e: print("genexpr:", type(e).__name__)
def lc(n): return [x for x in lc(n + 1)]
try: lc(0)
except RecursionError as e: print("listcomp:", type(e).__name__)
# deeply nested data
l = []
for _ in range(100000): l = [l]
try: repr(l)
except RecursionError as e: print("nested list repr:", e)
try: str(l)
except RecursionError as e: print("nested list str:", type(e).__name__)
m = []
for _ in range(100000): m = [m]
try: print(l == m)
except RecursionError as e: print("nested list eq:", e)
d = {}
for _ in range(100000): d = {"k": d}
try: repr(d)
except RecursionError as e: print("nested dict repr:", type(e).__name__)
t = ()
for _ in range(20000): t = (t,)
try: repr(t)
except RecursionError as e: print("nested tuple repr:", type(e).__name__)
try: hash(t)
except RecursionError as e: print("nested tuple hash:", type(e).__name__)
try: print(t == t)
except RecursionError as e: print("nested tuple eq:", type(e).__name__)
try: print(len(str(l)) if False else "skip")
except RecursionError as e: print("x")
# self-referential containers
a = [1]; a.append(a); print(a, repr(a))
dd = {}; dd['self'] = dd; print(dd)
class Node:
    def __init__(self): self.next = self
    def __repr__(self): return f"Node({self.next!r})"
try: repr(Node())
except RecursionError as e: print("node:", type(e).__name__)
# mutual through sorted key
def key(x): return sorted([x], key=key)
try: key(1)
except RecursionError as e: print("sorted key:", type(e).__name__)
# recursion through map
def mp(n): return list(map(mp, [n]))
try: mp(0)
except RecursionError as e: print("map:", type(e).__name__)
# after recursion, normal again
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
sys.setrecursionlimit(3000)
print(depth(2900))
# deep recursion in exception handler
def deep_exc(n):
    try: return deep_exc(n + 1)
    except RecursionError: raise
try: deep_exc(0)
except RecursionError: print("through handlers")
def deep_finally(n):
    try: return deep_finally(n + 1)
    finally: pass
try: deep_finally(0)
except RecursionError: print("through finally")
