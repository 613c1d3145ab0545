[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[(x, y) for x in a for y in b]
[x for x in a for y in b if x == y]
[x for x, y in z]
[x for (x, y) in z]
[x for [x, *y] in z]
[x * y for x in range(3) for y in range(x)]
[[x for x in y] for y in z]
{x for x in y}
{x: y for x, y in z}
{x: [y for y in x] for x in z if x}
(x for x in y)
(x for x in y if x for z in x)
sum(x for x in y)
sorted((x for x in y), reverse=True)
[x for x in (y if a else b)]
[y := x for x in z]
[x for x in y if (z := x)]
[lambda: x for x in y]
{**a}
[*a, *b]
