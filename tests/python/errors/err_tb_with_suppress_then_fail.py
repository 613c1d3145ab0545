class Suppress:
    def __init__(self, kind):
        self.kind = kind

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.kind)

with Suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")
with Suppress(KeyError):
    [][0]
