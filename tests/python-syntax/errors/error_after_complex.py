x = 1j
y = (a b)
