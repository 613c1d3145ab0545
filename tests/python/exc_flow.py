# try/except/else/finally: the order things run in, for every way of leaving a block.

def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "return":
            log.append("return from try")
            return log          # the same list: finally's append shows up in it
        if action == "other":
            raise KeyError("k")
    except ValueError:
        log.append("except ValueError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

for action in ["ok", "raise", "return"]:
    print(action, run(action))
try:
    run("other")
except KeyError as e:
    print("other: KeyError escaped", e)

# finally runs even when the return value was already computed; a return in finally wins.
def finally_return():
    try:
        return "from try"
    finally:
        return "from finally"

def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally swallowed the exception"

def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2

print(finally_return(), "|", finally_swallows(), "|", finally_sees_value())

# break and continue through finally.
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)

# Nested try blocks, re-raising with a bare raise, handlers raising new exceptions.
def nested(kind):
    log = []
    try:
        try:
            if kind == "inner":
                raise IndexError("inner")
            if kind == "reraise":
                raise KeyError("reraised")
            if kind == "convert":
                raise ZeroDivisionError("original")
        except IndexError as e:
            log.append(f"inner handler: {e}")
        except KeyError:
            log.append("inner handler re-raises")
            raise
        except ZeroDivisionError as e:
            log.append("inner handler converts")
            raise ValueError("converted") from e
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append(f"outer caught KeyError {e}")
    except ValueError as e:
        log.append(f"outer caught ValueError {e}, cause {e.__cause__!r}")
    finally:
        log.append("outer finally")
    return log

for kind in ["none", "inner", "reraise", "convert"]:
    print(kind, nested(kind))

# Exception in else is not caught by the same try's handlers.
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        return "handler"
    else:
        1 / 0

try:
    else_raises()
except ZeroDivisionError:
    print("ZeroDivisionError from else propagated")

# Exception in the handler replaces the original; the finally still runs.
def handler_fails():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally after failing handler")

try:
    handler_fails()
except TypeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

# try/finally without except in a loop with a generator-like cleanup.
resources = []
def use(n):
    resources.append(f"open {n}")
    try:
        if n == 2:
            raise RuntimeError(f"failed on {n}")
        return n * 10
    finally:
        resources.append(f"close {n}")

results = []
for n in range(4):
    try:
        results.append(use(n))
    except RuntimeError as e:
        results.append(str(e))
print(results)
print(resources)

# Exceptions unwinding through several function frames run every finally.
trail = []
def level(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        level(n - 1)
    finally:
        trail.append(n)

try:
    level(4)
except LookupError as e:
    print("unwound:", trail, e)

# A bare raise outside any handler.
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
