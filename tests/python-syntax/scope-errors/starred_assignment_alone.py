*a = range(3)
