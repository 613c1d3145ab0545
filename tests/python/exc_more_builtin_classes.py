# The rest of the builtin exception classes (TabError, the OSError family, the warnings):
# their place in the hierarchy, catching by base class, subclassing them.
classes = [TabError, ReferenceError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, ConnectionError,
           BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, BlockingIOError,
           ChildProcessError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
           NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, SyntaxWarning, FutureWarning,
           PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
           EnvironmentError, IOError]
for c in classes:
    print(c.__name__, [b.__name__ for b in c.__mro__[1:]])
def missing_config():
    raise FileNotFoundError("config.ini")
try:
    missing_config()
except OSError as e:
    print(type(e).__name__, e, isinstance(e, FileNotFoundError))
class RetryableError(ConnectionResetError):
    pass
try:
    raise RetryableError("peer reset")
except ConnectionError as e:
    print("retry:", repr(e), [k.__name__ for k in type(e).__mro__])
try:
    raise TimeoutError()
except OSError as e:
    print(repr(e))
