# yield from: send, throw and close delegated to generators and to other iterators, the
# delegate's return value, deep delegation chains.
def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
        return "inner result"
    except ValueError as e:
        print("inner caught", e)
        yield "i-caught"
        return "after catch"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "o-end"
g = outer()
print(next(g), g.send("A"), g.send("B"), next(g, "exhausted"))
g = outer(); next(g)
print(g.throw(ValueError("thrown")))
print(next(g))
g = outer(); next(g)
g.close()
print("closed outer")
# yield from iterables
def flat():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
    yield from {"k": 1}
    r = yield from iter([])
    yield r
print(list(flat()))
# send to delegate that's a list iterator -> AttributeError
def delegate_list():
    yield from [1, 2, 3]
g = delegate_list(); next(g)
try: g.send(5)
except AttributeError as e: print("AE", e)
# throw into delegate that has no throw
g = delegate_list(); next(g)
try: g.throw(KeyError("kk"))
except KeyError as e: print("KE", e)
# yield from custom iterator object with send/throw
class Sub:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration("sub done")
        return self.n
    def send(self, v):
        print("Sub.send", v); return self.__next__()
    def throw(self, e):
        print("Sub.throw", type(e).__name__); return -1
def use_sub():
    r = yield from Sub()
    yield ("r", r)
g = use_sub()
print(next(g), g.send("v"), g.throw(ValueError()), next(g), next(g))
# close propagates to inner
def inner2():
    try: yield 1
    except GeneratorExit: print("inner2 GeneratorExit"); raise
def outer2():
    try: yield from inner2()
    except GeneratorExit: print("outer2 GeneratorExit"); raise
g = outer2(); next(g); g.close()
# close on delegate with close method
class Closable:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("Closable.close")
def outer3(): yield from Closable()
g = outer3(); next(g); g.close()
# StopIteration value through chain
def a(): return (yield from b())
def b(): return (yield from c())
def c():
    yield "c"
    return "from c"
g = a(); next(g)
try: next(g)
except StopIteration as e: print("chained", e.value)
# yield from a generator that's already running
def rec():
    yield from rg
rg = rec()
try: next(rg)
except ValueError as e: print("VE", e)
# yield from non-iterable
def bad():
    yield from 5
try: next(bad())
except TypeError as e: print("TE", e)
# deep delegation
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1
g = deep(50); print(next(g))
try: next(g)
except StopIteration as e: print("depth", e.value)
# exception from inner propagates through outer's try
def inner4():
    yield 1
    raise KeyError("inner4")
def outer4():
    try: yield from inner4()
    except KeyError as e: yield ("outer caught", str(e))
print(list(outer4()))
# yield from generator returning with StopIteration subclass arg
def gen_ret_tuple():
    return (1, 2); yield
def wrap(): x = yield from gen_ret_tuple(); yield x
print(list(wrap()))
# throw GeneratorExit into yield-from
def inner5():
    try: yield 1
    finally: print("inner5 finally")
def outer5():
    yield from inner5()
g = outer5(); next(g)
try: g.throw(GeneratorExit)
except GeneratorExit: print("GE propagated")
