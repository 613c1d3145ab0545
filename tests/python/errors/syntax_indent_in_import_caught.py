# A sibling module that does not compile: the import raises IndentationError with
# CPython's attributes; caught, inspected, then raised again.
try:
    import mod_bad_indent
except SyntaxError as e:
    print(type(e).__name__, isinstance(e, IndentationError))
    print(e)
    print(e.msg)
    print(e.filename.endswith("mod_bad_indent.py"), e.lineno, e.offset, repr(e.text))
    raise
