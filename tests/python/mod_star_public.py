# Imported by import_star.py and import_edge.py: public and private names, a counter.
print("mod_star_public body runs as", __name__)
PUBLIC = 1
_private = 2
counter = 0

def helper():
    return "helper"

class Thing:
    pass

def bump():
    global counter
    counter += 1
    return counter

if __name__ == "__main__":
    print(helper(), bump(), bump(), Thing.__module__)
