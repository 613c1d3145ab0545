x = 1
y = f'ab {a b} c'
