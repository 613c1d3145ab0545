# Generators: the three-argument throw, close before start, an exception ending a
# generator, and close running a with block's __exit__ inside the generator.
def gen():
    try:
        yield 1
    finally:
        print("cleanup")
with_gen = gen(); next(with_gen)
try: with_gen.throw(ValueError, ValueError("three-arg"), None)
except ValueError as e: print("VE", e)
g2 = gen(); g2.close(); print(list(g2))
def raiser():
    yield 1
    raise KeyError("k")
r = raiser(); next(r)
try: next(r)
except KeyError: print("KE then", next(r, "exhausted"))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def gen_with():
    with Ctx():
        yield 1
        yield 2
gw = gen_with(); next(gw); gw.close(); print("closed")
