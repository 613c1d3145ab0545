# finally with return, break and continue in it or around it, nested finally blocks,
# else clauses, and generators' finally on close.
def f1():
    try: return "try"
    finally: print("finally f1")
print(f1())
def f2():
    try: return "try"
    finally: return "finally"
print(f2())
def f3():
    try: raise ValueError
    finally: return "swallowed"
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(f4())
def f5():
    for i in range(3):
        try: raise KeyError(i)
        finally:
            if i < 2: continue
            print("last, propagating")
try: f5()
except KeyError as e: print("KE", e)
def f6():
    while True:
        try: return "from try"
        finally: break
    return "after loop"
print(f6())
def f7():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x in finally", x)
print(f7())
def f8():
    try:
        try: return "inner"
        finally: print("inner fin")
    finally: print("outer fin")
print(f8())
def f9():
    try: 1/0
    except ZeroDivisionError: return "except"
    else: return "else"
    finally: print("fin9")
print(f9())
def f10():
    try: pass
    except: return "except"
    else: return "else"
    finally: print("fin10")
print(f10())
def f11():
    try:
        try: raise ValueError("a")
        finally: print("cleanup")
    except ValueError as e: return "caught " + str(e)
print(f11())
def f12(n):
    r = []
    for i in range(n):
        try:
            try:
                if i % 2: raise IndexError(i)
                r.append(("ok", i))
            except IndexError:
                r.append(("ie", i))
                continue
            finally:
                r.append(("f", i))
        finally:
            r.append(("F", i))
    return r
print(f12(3))
def f13():
    try: return 1
    finally:
        try: raise ValueError
        except ValueError: pass
print(f13())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen(); next(g); g.close(); print("closed")
def f14():
    try:
        raise KeyError("k")
    except KeyError:
        try: raise ValueError("v")
        finally: return "ret in finally in except"
print(f14())
import sys
def f15():
    try: raise ValueError("pending")
    finally: print("exc_info in finally:", sys.exc_info()[0])
try: f15()
except ValueError: pass
def f16():
    i = 0
    while i < 3:
        i += 1
        try: 
            try: continue
            finally: print("inner", i)
        finally: print("outer", i)
f16()
