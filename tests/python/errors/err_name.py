# NameError for a name that is nowhere near any defined name.
def report(items):
    for item in items:
        print(item)
    print(totally_undefined_variable)

report(["first", "second"])
