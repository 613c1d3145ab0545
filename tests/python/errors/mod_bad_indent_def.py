# Imported by err_import_syntax.py: a body without indentation.
def f():
return 1
