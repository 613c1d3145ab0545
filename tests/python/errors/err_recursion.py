# Unbounded recursion: RecursionError with CPython's collapsed traceback, never a crash.
def countdown(n):
    return countdown(n - 1)

print("starting")
countdown(10)
