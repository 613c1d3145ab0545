# sys.setrecursionlimit lets deep (but finite) recursion run; unbounded recursion raises
# RecursionError, which can be caught, and the program carries on.
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

sys.setrecursionlimit(12000)
print(depth(10000))

def build_list(n):
    # Recursive linked list as nested tuples.
    return None if n == 0 else (n, build_list(n - 1))

def length(node):
    return 0 if node is None else 1 + length(node[1])

print(length(build_list(8000)))

def forever(n):
    return forever(n + 1) + 1

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

# Mutual recursion.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(9000), is_odd(7777))

# After catching the error, ordinary calls work again.
print(depth(100))

sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError:
    print("limit 200 stops depth 1000")
print(depth(150))
