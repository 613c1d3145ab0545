# With the recursion limit raised far beyond what the native stack holds, recursion that
# runs through C++ (repr calling repr, sorted's key calling sorted, nested data, hashing
# nested tuples) ends in RecursionError, never a crash; plain Python recursion is only
# limited by the limit. CPython 3.11 crashes on several of these, so the expected output
# is switchyard's (README.md).
import sys
sys.setrecursionlimit(10**6)
def f(n): return 0 if n == 0 else 1 + f(n - 1)
print(f(200000))
class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return "R" + (repr(R(self.n - 1)) if self.n else "")
try:
    print(len(repr(R(100000))))
except RecursionError as e: print("RecursionError", e)
def g(n):
    if n: yield from g(n - 1)
    else: yield "bottom"
try:
    print(next(g(100000)))
except RecursionError as e: print("RecursionError", e)
l = []
for i in range(300000): l = [l]
try:
    print(len(repr(l)))
except RecursionError as e: print("RecursionError", e)
def h(n): return sorted([n], key=lambda x: h(x - 1) if x else 0)
try:
    h(100000)
except RecursionError as e: print("RecursionError", e)
d = {}
for i in range(300000): d = {1: d}
try:
    print(d == d.copy())
except RecursionError as e: print("RecursionError", e)
t = ()
for i in range(300000): t = (t,)
try:
    print(type(hash(t)))
except RecursionError as e: print("RecursionError", e)
class G:
    def __getitem__(self, i): return self[i]
try:
    G()[0]
except RecursionError as e: print("RecursionError", e)
print(f(1000))
