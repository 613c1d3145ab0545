def cleanup(resource):
    raise RuntimeError(f"cleanup of {resource} failed")

def work():
    try:
        return 1 / 0
    except ZeroDivisionError:
        cleanup("db")

work()
