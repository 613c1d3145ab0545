# Inconsistent hierarchies are rejected with TypeError when the class statement runs.

class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class D(X, A):       # X before its own subclass A
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class E(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)

# The failed class statements bound nothing.
for name in ("C", "D", "E"):
    print(name, name in globals())

# Putting the subclass first is fine.
class F(A, X):
    pass

print([k.__name__ for k in F.__mro__])

# A consistent but non-trivial hierarchy still works.
class G(A, B.__bases__[0]):
    pass

print([k.__name__ for k in G.__mro__])

try:
    class H(1):
        pass
except TypeError as e:
    print("TypeError:", type(e).__name__)
