def risky():
    try:
        raise ValueError("first problem")
    finally:
        print("finally runs before the traceback")

risky()
