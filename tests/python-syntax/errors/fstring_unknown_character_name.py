x = 3
s = f"{x} \N{BULLET} {x + 1} \N{BULLETS}"
