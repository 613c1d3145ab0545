# A missing name or module in `from ... import` is reported at the whole statement (no
# caret line). The missing-name message ends with the module's absolute path in CPython,
# so only its start is printed here.
try:
    from mod_err_helper import fail, nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, e.args[0].split(" (")[0])
from mod_err_helper import fail
print(fail(2))
from no_such_module_here import something
