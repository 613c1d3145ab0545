# Module attributes read, replaced and added from outside; from-imported names keep their
# value; the module's functions see the module's current globals; dir, getattr, setattr.
import mod_state
from mod_state import LIMIT, check, Widget
print(check(5), check(15), LIMIT)
mod_state.LIMIT = 20
print(check(15), LIMIT, mod_state.LIMIT)
print(mod_state.remember("a", 1), mod_state.remember("b", 2), len(mod_state._cache))
print(Widget().describe(), check.__module__, Widget.__module__, mod_state.__name__)
mod_state.new_attr = "added"
print(mod_state.new_attr, hasattr(mod_state, "new_attr"), hasattr(mod_state, "missing"))
print(sorted(n for n in dir(mod_state) if not n.startswith("__")))
print(getattr(mod_state, "LIMIT"), getattr(mod_state, "nope", "default"))
setattr(mod_state, "LIMIT", 1)
print(check(2))
import mod_state as again
print(again is mod_state, again.LIMIT)
def local():
    from mod_state import remember
    return remember("c", 3)
print(local())
print(type(mod_state).__name__, isinstance(mod_state, type(again)))
