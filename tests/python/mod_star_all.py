# Imported by import_star.py: __all__ decides what `from mod_star_all import *` binds.
__all__ = ["exported", "also", "_listed_private"]
exported = "e"
also = "a"
hidden = "h"
_listed_private = "p"

if __name__ == "__main__":
    print(sorted(__all__), hidden)
