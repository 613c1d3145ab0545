# Generator send, throw and close: values into the generator, exceptions into it,
# GeneratorExit and cleanup, and the StopIteration value of a return.

def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
            print("  echo got", repr(value))
    except GeneratorExit:
        print("  echo closing with", received)
        raise
    finally:
        print("  echo finally")

g = echo()
print("start:", g.send(None))
print("send a:", g.send("a"))
print("send b:", g.send("b"))
g.close()
print("closed; send now raises:")
try:
    g.send("c")
except StopIteration:
    print("  StopIteration")

# send to a just-started generator must be None.
fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError:", e)
fresh.close()  # never started: no GeneratorExit inside, no finally either
print("fresh closed quietly")

# throw: the exception appears at the paused yield and can be handled there.
def resilient():
    count = 0
    while True:
        try:
            yield count
        except ValueError as e:
            print("  handled", repr(e))
            count += 100
        count += 1

r = resilient()
print(next(r), next(r))
print("throw ->", r.throw(ValueError("bad")))
print(next(r))
try:
    r.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError propagated:", e)
print("after unhandled throw:", next(r, "exhausted"))

# throw with an exception class, and into a finished generator.
def one():
    yield 1

o = one()
next(o)
try:
    o.throw(IndexError)
except IndexError as e:
    print("IndexError from class:", repr(e))
try:
    o.throw(RuntimeError("into finished"))
except RuntimeError as e:
    print("RuntimeError:", e)

# close() when the generator yields again in its GeneratorExit handler.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to die"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# close() is a no-op on a finished generator; a return value on close is dropped.
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return "ignored"

rc = returns_on_close()
next(rc)
print(rc.close(), rc.close())

# The StopIteration value carries a generator's return value.
def with_result():
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        total += value

w = with_result()
next(w)
for v in (3, 4, 5):
    w.send(v)
try:
    w.send(None)
except StopIteration as e:
    print("returned:", e.value, e.args)

# A coroutine-style state machine driven by send.
def traffic_light():
    state = "red"
    while True:
        command = yield state
        if command == "next":
            state = {"red": "green", "green": "yellow", "yellow": "red"}[state]
        elif command == "reset":
            state = "red"

light = traffic_light()
print([next(light)] + [light.send(c) for c in ["next", "next", "next", "next", "reset", None]])

# throw() into a generator that handles the error and returns.
def catcher():
    try:
        yield "waiting"
    except ZeroDivisionError:
        return "caught and returned"

c = catcher()
next(c)
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration value:", e.value)
