# sys.exit() and sys.exit(0) and sys.exit(None) all exit with status 0; code after them
# does not run, but pending finally blocks and with-exits do.
import sys

class Cleanup:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__)
        return False

for code in (None, 0):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("code:", e.code, "is SystemExit a subclass of Exception?", issubclass(SystemExit, Exception))

try:
    sys.exit()
except BaseException as e:
    print(type(e).__name__, e.code)

with Cleanup():
    sys.exit()
print("not reached")
