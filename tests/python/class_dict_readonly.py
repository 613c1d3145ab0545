# A class's __dict__ reads like CPython's mappingproxy and refuses stores and deletions;
# a copy of it is an ordinary dict.
class C:
    a = 1
    def m(self): pass
d = C.__dict__
print(d["a"], "m" in d, sorted(k for k in d if not k.startswith("__")))
try:
    d["a"] = 2
except TypeError as e: print("TypeError:", e)
try:
    del d["a"]
except TypeError as e: print("TypeError:", e)
print(C.a)
c = dict(d)
c["a"] = 5
print(c["a"], C.a)
