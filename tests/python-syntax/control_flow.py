if x:
    pass
if x:
    a
else:
    b
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
if x: a
if x: a; b
if x: a
else: b
while x:
    x -= 1
while x:
    if y:
        break
    continue
else:
    pass
for x in y:
    pass
for x in y:
    break
else:
    pass
for x, y in z: pass
for x in 1, 2, 3: pass
for x in *a, *b: pass
for x in range(10):
    for y in range(x):
        if x == y:
            continue
        break
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    x
except A.B as c:
    pass
try:
    pass
except* ValueError:
    pass
raise
raise E
raise E("message")
raise E from None
raise E from cause
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a as (b, c):
    pass
with a as [b, *c]:
    pass
with a as b.c, d as e[0]:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a):
    pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
with a, b, c:
    pass
