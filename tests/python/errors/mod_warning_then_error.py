# Compiles with a SyntaxWarning, then fails: the warning is printed once.
limit = 1if True else 2
if limit:
limit = 3
