# Imported by import_edge.py: the module body raises when imported (not when run).
attempts = 1
if __name__ != "__main__":
    raise ValueError("module init failed")
print("run as a program")
