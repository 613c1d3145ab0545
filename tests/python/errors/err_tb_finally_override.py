def work():
    try:
        raise KeyError("first")
    finally:
        print("finally")
        None.close()

work()
