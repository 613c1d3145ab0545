# Generator send/throw/close, GeneratorExit, StopIteration values, RuntimeError from a
# StopIteration inside, 'generator already executing', generator expressions.
def echo():
    r = None
    try:
        while True:
            try:
                v = yield r
                r = ("got", v)
            except ValueError as e:
                r = ("caught", str(e))
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("echo finally")
g = echo()
print(next(g), g.send(1), g.send("x"), g.throw(ValueError("boom")), g.send(2))
g.close(); g.close()
try: next(g)
except StopIteration as e: print("SI after close", e.value)
try: g.send(1)
except StopIteration: print("SI send after close")
g2 = echo()
try: g2.send(5)
except TypeError as e: print("TE", e)
print(g2.send(None))
g2.close()
# throw into unstarted generator
g3 = echo()
try: g3.throw(KeyError("k"))
except KeyError as e: print("KE", e)
try: next(g3)
except StopIteration: print("dead")
# throw with type, type+value
def simple():
    try: yield 1
    except Exception as e: yield ("caught", type(e).__name__, e.args)
g = simple(); next(g)
print(g.throw(ValueError))
g = simple(); next(g)
print(g.throw(TypeError("one")))
# return value
def ret():
    yield 1
    return "done"
g = ret(); next(g)
try: next(g)
except StopIteration as e: print("value", e.value, e.args)
def ret_none():
    return
    yield
try: next(ret_none())
except StopIteration as e: print("value", e.value, e.args)
# close with yield in finally -> RuntimeError
def stubborn():
    try: yield 1
    finally: yield 2
g = stubborn(); next(g)
try: g.close()
except RuntimeError as e: print("RE", e)
def stubborn2():
    for _ in range(2):
        try: yield 1
        except GeneratorExit: pass
g = stubborn2(); next(g)
try: g.close()
except RuntimeError as e: print("RE", e)
# close returning value (3.11: close returns None)
def closing():
    try: yield 1
    except GeneratorExit: return "closed value"
g = closing(); next(g); print(g.close())
# close raising other exception
def raiser():
    try: yield 1
    except GeneratorExit: raise ValueError("on close")
g = raiser(); next(g)
try: g.close()
except ValueError as e: print("VE", e)
# StopIteration inside generator -> RuntimeError
def leaks():
    yield 1
    raise StopIteration("leak")
g = leaks(); next(g)
try: next(g)
except RuntimeError as e: print("RE", e, type(e.__cause__).__name__, e.__cause__)
def leaks2():
    yield next(iter([]))
try: list(leaks2())
except RuntimeError as e: print("RE", e)
# generator already executing
def selfref():
    yield gen_ref.send(None)
gen_ref = selfref()
try: next(gen_ref)
except ValueError as e: print("VE", e)
def selfref2():
    yield next(gen_ref2)
gen_ref2 = selfref2()
try: next(gen_ref2)
except ValueError as e: print("VE", e)
# generator attributes
def named(): yield
g = named()
print(g.__name__, type(g).__name__, iter(g) is g)
print(repr(g).startswith("<generator object named at"))
# generator expressions
ge = (x * x for x in range(5) if x % 2)
print(type(ge).__name__, next(ge), list(ge), list(ge))
print(sum(x for x in range(10)), max((len(w), w) for w in ["a", "bbb", "cc"]))
try: (1 / x for x in [1, 0]).__next__(); list(1 / x for x in [1, 0])
except ZeroDivisionError as e: print("ZDE", e)
try:
    gg = (x for x in 5)
except TypeError as e: print("TE", e)
# genexpr outer iterable evaluated eagerly
def src():
    print("src evaluated"); return [1, 2]
gx = (y for y in src())
print("created")
print(list(gx))
# closures in generators
def counter(n):
    def inc(x): return x + n
    for i in range(3): yield inc(i)
print(list(counter(10)))
# generator with send in loop
def acc():
    total = 0
    while True:
        x = yield total
        if x is None: return total
        total += x
a = acc(); next(a)
for v in [1, 2, 3]: last = a.send(v)
print(last)
try: a.send(None)
except StopIteration as e: print("final", e.value)
# throw after exhausted
try: a.throw(ValueError("late"))
except ValueError as e: print("VE late", e)
# gi_frame etc not needed; generator in class method
class Tree:
    def __init__(self, v, kids=()): self.v = v; self.kids = kids
    def walk(self):
        yield self.v
        for k in self.kids: yield from k.walk()
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()))
# generator throw with traceback retains finally
def fin():
    try: yield 1
    finally: print("fin on throw")
g = fin(); next(g)
try: g.throw(IndexError("ix"))
except IndexError as e: print("IE", e)
# next on non-started generator with send non-None error message
def two(): x = yield 1; yield x
g = two()
try: g.send("a")
except TypeError as e: print("TE", e)
print(next(g), g.send("b"))
