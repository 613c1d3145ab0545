# Import forms: import as, several names, re-import (a module runs once), module
# attributes read and written, cycles, modules that fail while importing, and the
# ImportError / ModuleNotFoundError messages.
import mod_star_public
import mod_star_public as ms
import mod_star_public, mod_star_all as msa
from mod_star_public import helper, PUBLIC as P
print(ms is mod_star_public, helper(), P, mod_star_public._private, mod_star_public.__name__)
print(mod_star_public.bump(), ms.bump(), mod_star_public.counter)
mod_star_public.counter = 100
print(mod_star_public.bump())
from mod_star_public import counter
print(counter, msa.hidden)

import mod_cycle_a
print(mod_cycle_a.get_b(), mod_cycle_a.mod_cycle_b.get_a())

try:
    import nonexistent_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from nonexistent_module2 import x
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from mod_star_public import missing_name
except ImportError as e:
    print("ImportError:", e.name, e.args[0][:44])
try:
    import mod_init_fails
except ValueError as e:
    print("ValueError:", e)
try:
    mod_star_public.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(type(mod_star_public).__name__)

def local_import():
    import mod_star_all as ma
    from mod_star_public import bump as b
    return ma.exported, b()
print(local_import())
print(__name__)
