# __cause__, __context__ and __suppress_context__ as raise, raise ... from, bare raise and
# nested handlers set them; cycles in the context chain are cut; sys.exc_info().
def show(e):
    out = []
    while e is not None:
        out.append((type(e).__name__, str(e), e.__cause__ is not None, e.__suppress_context__))
        e = e.__cause__ or e.__context__
    return out
try:
    try: 1/0
    except ZeroDivisionError as z: raise ValueError("v") from z
except ValueError as e: print(show(e), e.__cause__ is e.__context__)
try:
    try: 1/0
    except ZeroDivisionError: raise ValueError("v2")
except ValueError as e: print(show(e), e.__cause__)
try:
    try: 1/0
    except ZeroDivisionError: raise ValueError("v3") from None
except ValueError as e: print(show(e), e.__cause__, type(e.__context__).__name__)
try: raise ValueError("x") from KeyError("k")
except ValueError as e: print(show(e), e.__context__)
try: raise ValueError("x") from KeyError
except ValueError as e: print(repr(e.__cause__))
# context set in finally
try:
    try: raise KeyError(1)
    finally: raise IndexError(2)
except IndexError as e: print(show(e))
# context not set to itself
try:
    try: raise KeyError(1)
    except KeyError as k: raise k
except KeyError as e: print(e.__context__)
# nested handlers context
try:
    try: raise A_ERR if False else TypeError("t")
    except TypeError:
        try: raise ValueError("inner")
        except ValueError: pass
        raise KeyError("after")
except KeyError as e: print(show(e))
# explicitly setting
e = ValueError("a"); e.__cause__ = KeyError("b"); print(e.__suppress_context__, show(e))
try: e.__cause__ = 5
except TypeError as te: print("TE", te)
# context chain cycle avoidance
try:
    try:
        raise ValueError(1)
    except ValueError as a:
        try:
            raise TypeError(2)
        except TypeError as b:
            raise a
except ValueError as e:
    print(show(e)[:3])
# bare raise in except re-raises current
def reraiser():
    try: raise KeyError("orig")
    except KeyError:
        try: raise ValueError("temp")
        except ValueError: pass
        raise
try: reraiser()
except KeyError as e: print("reraised", e)
# exception variable cleared after except
try: raise ValueError
except ValueError as ex: pass
try: ex
except NameError as ne: print("NE", ne)
# sys.exc_info in handler
import sys
try: raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info(); print(t.__name__, v)
print(sys.exc_info())
