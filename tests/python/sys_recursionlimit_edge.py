# sys.setrecursionlimit below the current depth, a low limit caught and raised again,
# sys.stderr.write, and sys.argv as an ordinary list.
import sys
def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(30)
        except RecursionError as e:
            print("RecursionError:", e)
        return sys.getrecursionlimit()
    return deep(n - 1)
print(deep(50))
sys.setrecursionlimit(60)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0))
sys.setrecursionlimit(1000)
print(count(0))
sys.stderr.write("to stderr\n")
print(sys.stderr.write("x\n"))
sys.argv.append("extra")
print(sys.argv[1:])
