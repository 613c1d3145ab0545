# The builtin exception hierarchy: catching through base classes, except tuples,
# clause order, and the relationships CPython defines.

pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (IndexError, LookupError), (KeyError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (NameError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (RuntimeError, Exception), (StopIteration, Exception), (AssertionError, Exception),
    (AttributeError, Exception), (TypeError, Exception), (ValueError, Exception),
    (Exception, BaseException), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (GeneratorExit, Exception), (KeyError, IndexError), (TypeError, ValueError),
    (ModuleNotFoundError, ImportError), (ImportError, Exception),
]
for sub, base in pairs:
    print(f"{sub.__name__:20} subclass of {base.__name__:15} {issubclass(sub, base)}")

print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
print([c.__name__ for c in RecursionError.__mro__])

def fail(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "index":
        return [][1]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return len(3)
    if kind == "value":
        return int("x")
    if kind == "name":
        return undefined_name  # noqa: F821
    if kind == "attr":
        return (1).nope
    if kind == "overflow":
        return 2.0 ** 5000
    if kind == "assert":
        assert False, "asserted"
    if kind == "notimpl":
        raise NotImplementedError("todo")
    return "no error"

for kind in ["zero", "index", "key", "type", "value", "name", "attr", "overflow", "assert", "notimpl", "none"]:
    try:
        result = fail(kind)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch:", type(e).__name__)
    except LookupError as e:
        print(kind, "LookupError branch:", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print(kind, "TypeError/ValueError branch:", type(e).__name__)
    except RuntimeError as e:
        print(kind, "RuntimeError branch:", type(e).__name__, e)
    except Exception as e:
        print(kind, "Exception branch:", type(e).__name__)
    else:
        print(kind, "no exception:", result)

# The first matching clause wins even if a later one is more specific.
try:
    {}["x"]
except LookupError:
    print("LookupError clause first")
except KeyError:
    print("never reached")

# Exception instances: args, str, repr, and isinstance.
e = ValueError("bad value", 42)
print(e.args, str(e), repr(e), isinstance(e, Exception), isinstance(e, BaseException))
print(repr(ValueError()), str(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(repr(Exception("a", "b")), str(Exception("a", "b")), str(Exception(5)), repr(RuntimeError("x")))
print(str(IndexError("custom index message")), repr(ZeroDivisionError("z")))

# Catching BaseException also catches Exception subclasses.
try:
    raise TypeError("t")
except BaseException as caught:
    print("BaseException caught", type(caught).__name__)

# except with a class stored in a variable or tuple built at run time.
errors = (KeyError, IndexError)
for thunk in (lambda: [][0], lambda: {}[0]):
    try:
        thunk()
    except errors as caught:
        print("caught via tuple:", type(caught).__name__)

# The name bound by "except ... as" is deleted after the block.
try:
    raise ValueError("temporary")
except ValueError as err:
    pass
try:
    err
except NameError as ne:
    print("NameError:", ne)

# Raising a class instead of an instance creates the instance.
try:
    raise KeyError
except KeyError as k:
    print("args:", k.args, "repr:", repr(k))

# Raising something that is not an exception.
try:
    raise 42
except TypeError as t:
    print("TypeError:", t)
