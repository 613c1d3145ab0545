# Stores and deletions through globals() (and a module's __dict__) reach the module's
# globals: new names, replaced names, deleted names, a builtin shadowed and restored.
x = 1
g = globals()
g["y"] = 2
g["x"] = 10
print(x, y)
for name in ["a1", "a2"]:
    globals()[name] = name.upper()
print(a1, a2)
del g["x"]
try:
    print(x)
except NameError as e: print("NameError:", e)
g["len"] = lambda s: -1
print(len("abc"))
del g["len"]
print(len("abc"))
import sys
print(sorted(k for k in globals() if k in ("y", "a1", "a2")))
