# The builtin exception classes: hierarchy, args, str() and repr(), special attributes,
# and the TypeErrors of raising or catching what is not an exception.
classes = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
           StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError,
           ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
           ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError,
           UnboundLocalError, RuntimeError, NotImplementedError, RecursionError,
           SystemError, TypeError, ValueError, UnicodeError,
           Warning, UserWarning, DeprecationWarning, RuntimeWarning]
for c in classes:
    print(c.__name__, [b.__name__ for b in c.__mro__[1:]])
print(EnvironmentError is OSError, IOError is OSError)
for c in classes:
    e = c()
    e1 = c("msg")
    e2 = c("a", 2)
    print(c.__name__, repr(e), repr(str(e)), e.args, repr(e1), repr(str(e1)), repr(e2), str(e2))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
print(str(StopIteration(5)), StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError), issubclass(GeneratorExit, Exception))
e = ValueError("x"); e.args = ("y", 1); print(e, e.args)
e = ValueError("x"); e.extra = 5; print(e.extra)
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
oe = OSError("disk"); print(str(oe), oe.args, isinstance(oe, Exception))
ie = ImportError("m", name="nm"); print(ie.name, ie.msg, str(ie))
ne = NameError("n", name="nm"); print(ne.name)
ae = AttributeError("a", name="nm", obj=5); print(ae.name, ae.obj)
try: raise ValueError
except ValueError as e: print(repr(e), e.args)
try: raise 5
except TypeError as e: print("TE", e)
try: raise int
except TypeError as e: print("TE", e)
class NotExc: pass
try: raise NotExc()
except TypeError as e: print("TE", e)
try: raise ValueError from 5
except TypeError as e: print("TE", e)
try:
    try: 1/0
    except (KeyError, ZeroDivisionError) as e: print("tuple catch", type(e).__name__); raise
except ArithmeticError as e: print("reraise", e)
try:
    try: {}["x"]
    except 5: pass
except TypeError as e: print("TE", e)
try: raise
except RuntimeError as e: print("RE", e)
def args_raise():
    raise BaseException("base")
try: args_raise()
except Exception: print("not here")
except BaseException as e: print("BE", e)
e = Exception(1, [2], None)
print(e.args, str(e), repr(e))
print(repr(Exception("it's")), repr(Exception('a"b')), str(Exception(None)))
print(Exception.__name__, Exception.__qualname__, Exception.__module__, ValueError.__bases__)
try: Exception(x=1)
except TypeError as e: print("TE", e)
e = Exception("a"); e.add_note("note1"); print(e.__notes__)
print(BaseException.__str__(ValueError("q")), ValueError("q").with_traceback(None))
