a, b = b, a
a, (b, c) = 1, (2, 3)
[a, (b, [c, *d])] = x
*a, = x
[*a] = x
(*a,) = x
a, *b, (c, *d), [e, *f] = x
for a, *b in x: pass
for (a, b), c in x: pass
for a.b in x: pass
for a[0] in x: pass
with x as (a, *b): pass
a = [b, c] = d, e = f
((a, b), c) = ((1, 2), 3)
a.b, c[d], (e, f.g) = x
[a.b.c, *d[0]] = x
