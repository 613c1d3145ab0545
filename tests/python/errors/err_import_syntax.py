# A sibling module that does not compile raises SyntaxError (or IndentationError) where it
# is imported, with CPython's attributes; uncaught, the report shows the module's line.
try:
    import mod_bad_indent_def
except SyntaxError as e:
    print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, repr(e.text), "|", str(e))
    print(e.args[0], e.args[1][1:])
try:
    import mod_bad_indent_def
except IndentationError as e:
    print("again:", e.msg)
print("before")
import mod_bad_syntax
print("not reached")
