class Conn:
    def __init__(self, ok):
        self.ok = ok

    def __enter__(self):
        if not self.ok:
            raise ConnectionError("refused")
        return self

    def __exit__(self, *exc):
        print("closing")
        return False

with Conn(True):
    print("connected")
with Conn(False):
    print("never")
