	if x:
        y
