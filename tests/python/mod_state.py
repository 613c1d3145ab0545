# Imported by import_module_state.py: globals that importers read and replace.
LIMIT = 10
_cache = {}

def check(n):
    return n <= LIMIT

def remember(k, v):
    _cache[k] = v
    return len(_cache)

class Widget:
    kind = "widget"
    def describe(self):
        return f"{type(self).__module__}.{type(self).__qualname__} limit={LIMIT}"

if __name__ == "__main__":
    print(check(3), remember("x", 1), Widget().describe())
