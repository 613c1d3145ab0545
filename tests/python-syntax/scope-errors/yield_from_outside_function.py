y = (yield from x)
