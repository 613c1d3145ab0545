# with statements: __enter__/__exit__, the as target, exceptions, suppression, nesting.

class Resource:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("exit " + self.name + " cleanly")
        else:
            self.log.append(f"exit {self.name} with {exc_type.__name__}: {exc}")
        return self.suppress

log = []
with Resource("a", log) as handle:
    log.append("body sees " + handle)
print(log)

log = []
try:
    with Resource("b", log):
        log.append("about to fail")
        raise ValueError("boom")
        log.append("not reached")
except ValueError as e:
    log.append("caught outside: " + str(e))
print(log)

log = []
with Resource("c", log, suppress=True):
    1 / 0
log.append("after suppressed block")
print(log)

# Several managers in one statement exit in reverse order.
log = []
with Resource("outer", log) as o, Resource("inner", log) as i:
    log.append(f"body {o} {i}")
print(log)

log = []
try:
    with Resource("x", log), Resource("y", log, suppress=False):
        raise KeyError("k")
except KeyError as e:
    log.append("KeyError " + str(e))
print(log)

# __exit__ runs when the body returns or breaks.
def early_return(log):
    with Resource("ret", log):
        return "returned"

log = []
print(early_return(log), log)

log = []
for n in range(3):
    with Resource(f"loop{n}", log):
        if n == 1:
            break
print(log)

# __enter__ can return self; the target can be an attribute or a tuple.
class Timer:
    ticks = 0

    def __enter__(self):
        Timer.ticks += 1
        self.start = Timer.ticks
        return self

    def __exit__(self, *exc_info):
        Timer.ticks += 10
        self.stop = Timer.ticks
        return False

with Timer() as t:
    pass
print(t.start, t.stop)

class Holder:
    pass

h = Holder()

class PairManager:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, exc_type, exc, tb):
        return None

with PairManager() as (first, second):
    print("unpacked", first, second)
with PairManager() as h.value:
    pass
print(h.value)

# A transaction that rolls back on error.
class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because of", exc_type.__name__)
            return True
        print("committed")
        return False

accounts = {"alice": 100, "bob": 50}
with Transaction(accounts) as acc:
    acc["alice"] -= 30
    acc["bob"] += 30
print(accounts)
with Transaction(accounts) as acc:
    acc["alice"] -= 500
    if acc["alice"] < 0:
        raise ArithmeticError("overdrawn")
print(accounts)

# The exception inside __exit__ replaces the original one.
class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")

try:
    with Faulty():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

# Using something that is not a context manager.
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
