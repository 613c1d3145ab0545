# Imported by err_import_syntax.py: an unclosed bracket.
values = [1, 2,
