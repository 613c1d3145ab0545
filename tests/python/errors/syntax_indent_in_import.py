import mod_bad_indent

print(mod_bad_indent.VALUE)
