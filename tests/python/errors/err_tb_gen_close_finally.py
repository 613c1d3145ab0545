def reader():
    try:
        yield "line 1"
        yield "line 2"
    finally:
        cleanup()

def cleanup():
    raise OSError("cannot close")

r = reader()
print(next(r))
r.close()
