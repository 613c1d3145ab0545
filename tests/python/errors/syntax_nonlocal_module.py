print("never printed")
nonlocal counter
