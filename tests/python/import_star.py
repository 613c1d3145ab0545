# from m import *: public names, or exactly the names in __all__; globals that exist
# already are replaced; star-imported functions keep their own module's globals.
PUBLIC = "mine"
print(PUBLIC)
from mod_star_public import *
print(PUBLIC, helper(), Thing.__module__, Thing.__name__, bump(), counter)
try:
    _private
except NameError as e:
    print("NameError:", e)
from mod_star_all import *
print(exported, also, _listed_private)
try:
    hidden
except NameError as e:
    print("NameError:", e)
from math import *
print(sqrt(16), floor(2.5), pi)

def uses_star_names():
    return exported + also + helper()
print(uses_star_names())
import mod_star_public
print(mod_star_public.counter, counter)
