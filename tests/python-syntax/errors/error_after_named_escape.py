x = "\N{BULLET}"
y = (a b)
