x = [0o7or 1, 0b1and 2, 1.5else 3]
y = (1if x else 2
