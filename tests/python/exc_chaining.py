# Exception chaining: implicit __context__, explicit "raise ... from", "from None",
# and inspecting the chain in code (uncaught chained tracebacks are in errors/).

class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e

def parse_port_hidden(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError(f"bad port {text!r}") from None

def parse_port_implicit(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError(f"bad port {text!r}")

for parser in (parse_port, parse_port_hidden, parse_port_implicit):
    try:
        parser("80x")
    except ConfigError as e:
        print(parser.__name__)
        print("  error:", e)
        print("  cause:", repr(e.__cause__))
        print("  context:", repr(e.__context__))
        print("  suppress_context:", e.__suppress_context__)

# Walking a longer chain.
def level3():
    raise KeyError("deepest")

def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e

def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("top")

try:
    level1()
except RuntimeError as e:
    chain = []
    exc = e
    while exc is not None:
        link = "cause" if exc.__cause__ is not None else "context"
        chain.append(f"{type(exc).__name__}({exc}) via {link}")
        exc = exc.__cause__ or exc.__context__
    for item in chain:
        print(item)

# raise from an arbitrary exception instance, or a class.
try:
    raise ValueError("effect") from KeyError("cause")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__))
try:
    raise ValueError("effect") from IndexError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print("TypeError:", e)

# Exceptions caught and handled leave no context behind.
try:
    try:
        raise KeyError("handled")
    except KeyError:
        pass
    raise ValueError("fresh")
except ValueError as e:
    print("fresh context:", e.__context__)

# The context is set even when an exception is raised inside a finally block.
try:
    try:
        raise IndexError("during try")
    finally:
        try:
            raise AttributeError("during finally")
        except AttributeError as inner:
            print("inner context:", repr(inner.__context__))
except IndexError as e:
    print("outer still IndexError:", e)

# A fresh exception instance has no cause or context.
fresh = ValueError("new")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)
