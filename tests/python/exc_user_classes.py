# User-defined exception classes: hierarchies, extra attributes, custom __str__,
# args handling, and catching them by base class.

class AppError(Exception):
    """Base class of this application's errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

class NotFoundError(AppError, LookupError):
    def __init__(self, kind, key):
        self.kind = kind
        self.key = key
        super().__init__(kind, key)

    def __str__(self):
        return f"{self.kind} {self.key!r} not found"

class RetryableError(AppError):
    def __init__(self, message, attempts=0):
        super().__init__(message)
        self.attempts = attempts

class PlainError(Exception):
    pass

e = ValidationError("age", "must be positive")
print(str(e), repr(e), e.args, e.field, e.message)
n = NotFoundError("user", "bob")
print(str(n), repr(n), n.args, isinstance(n, LookupError), isinstance(n, AppError))
p = PlainError()
print(repr(p), str(p) == "", PlainError("a", 1).args, repr(PlainError("x")))
print([c.__name__ for c in NotFoundError.__mro__])

def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "is required")
    if user.get("age", 0) < 0:
        raise ValidationError("age", f"must be >= 0, got {user['age']}")
    return True

users = {"ann": {"name": "Ann", "age": 30}, "bad": {"name": "", "age": 5}, "neg": {"name": "Neg", "age": -1}}

def load(key):
    if key not in users:
        raise NotFoundError("user", key)
    return users[key]

for key in ["ann", "bad", "neg", "zed"]:
    try:
        validate(load(key))
        print(key, "ok")
    except ValidationError as err:
        print(key, "invalid ->", err.field, "|", err)
    except LookupError as err:
        print(key, "lookup failed ->", err, "| kind:", err.kind)

# Catching the common base.
def flaky(attempt):
    if attempt < 3:
        raise RetryableError(f"attempt {attempt} failed", attempts=attempt)
    return f"succeeded on attempt {attempt}"

attempt = 0
while True:
    attempt += 1
    try:
        print(flaky(attempt))
        break
    except AppError as err:
        print("retrying after:", err, "attempts =", err.attempts)

# Exception attributes can be changed and read after the handler.
saved = None
try:
    raise RetryableError("network")
except RetryableError as err:
    err.attempts += 5
    saved = err
print(saved.attempts, saved.args, type(saved).__name__)

# An exception class with a class attribute and a classmethod constructor.
class HttpError(Exception):
    default_code = 500

    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code if code is not None else self.default_code

    @classmethod
    def not_found(cls, path):
        return cls(f"no route for {path}", 404)

class ClientError(HttpError):
    default_code = 400

for exc in [HttpError("boom"), ClientError("bad request"), HttpError.not_found("/x"), ClientError.not_found("/y")]:
    try:
        raise exc
    except HttpError as err:
        print(type(err).__name__, err.code, err)

# Exceptions are ordinary objects: stored, compared, raised later.
collected = []
for value in ["1", "two", "3", ""]:
    try:
        collected.append(int(value))
    except ValueError as err:
        collected.append(err)
print([type(c).__name__ for c in collected], [str(c) for c in collected if isinstance(c, Exception)])
try:
    raise collected[1]
except ValueError as err:
    print("re-raised stored exception:", err, err is collected[1])
