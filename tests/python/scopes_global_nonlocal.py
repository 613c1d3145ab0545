# global and nonlocal declarations, name resolution order (local, enclosing, global, builtin).

counter = 0

def increment():
    global counter
    counter += 1
    return counter

increment()
increment()
print("counter:", counter)

def set_new_global():
    global created_later
    created_later = "made inside a function"

set_new_global()
print(created_later)

def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    def peek():
        return count
    return step, peek

step, peek = make_counter(10)
step()
step(5)
print("peek:", peek())
step2, peek2 = make_counter(100)
step2()
print("independent:", peek(), peek2())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return x, result

print(outer())

def level1():
    value = 1
    def level2():
        def level3():
            nonlocal value
            value += 10
            return value
        return level3()
    level2()
    level2()
    return value

print("level1:", level1())

# Shadowing a builtin locally does not affect other scopes.
def shadow():
    len = lambda x: -1
    return len("abc")

print(shadow(), len("abc"))

x = "global x"

def reads_global():
    return x

def shadows_global():
    x = "local x"
    return x

print(reads_global(), shadows_global(), x)

# A name assigned anywhere in a function is local throughout it.
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
    return x

unbound()

def nonlocal_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 2
    return inner()

print(nonlocal_unbound())

try:
    print(never_defined_anywhere)
except NameError as e:
    print("NameError:", e)

def delete_then_use():
    z = 5
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(delete_then_use())

# Class bodies do not create an enclosing scope for methods.
class Scoped:
    attr = "class attr"

    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)

    def via_self(self):
        return self.attr

print(Scoped().method(), "|", Scoped().via_self())

# Class bodies can read enclosing function locals.
def class_factory(tag):
    class Tagged:
        label = tag.upper()
        def show(self):
            return tag + "/" + self.label
    return Tagged

print(class_factory("t1")().show(), class_factory("t2")().show())

# global inside a nested function refers to the module, not the enclosing function.
g = "module g"

def enclosing():
    g = "enclosing g"
    def inner():
        global g
        g = "set by inner"
    inner()
    return g

print(enclosing(), "|", g)
