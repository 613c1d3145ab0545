# Imported by err_tb_module_exc.py; run as a program it fails the same way.
class HelperError(Exception):
    pass

def fail(n):
    if n > 2:
        raise HelperError(f"n too big: {n}")
    return n

if __name__ == "__main__":
    print(fail(1))
    fail(5)
