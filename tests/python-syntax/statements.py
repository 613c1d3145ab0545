# Assignment targets
x = 1
x = y = z = 0
x, y = 1, 2
(x, y) = [1, 2]
[x, y] = 1, 2
x, = t
(x,) = t
[x] = t
x, *y = t
*x, y = t
x, *y, z = t
[x, [y, *z]], w = t
(x, (y, (z, w))) = t
for [a, *b], c in d: pass
a.b = 1
a.b.c = 1
a[0].b = 1
a.b[0] = 1
f().x = 1
f()[0] = 1
x.y, z[0], *w = t
(x) = 1
((x)) = 1
# Annotated assignment
x: int
x: int = 1
x.y: int = 1
x[0]: int = 1
(x): int = 1
x: list[int] = []
x: "str" = yield_value
# Augmented assignment
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
x @= 1
x.y += 1
x[0] += 1
x += yield_value
# Simple statements
pass
del x
del x, y
del (x, y)
del [x, y]
del x.y, x[0], x[0:1]
del (x), [y]
assert x
assert x, "message"
assert (x, "tuple is always true")
x; y; z
x; y;
global g1
global g1, g2
# Imports
import a
import a.b.c
import a as b
import a.b as c, d
from a import b
from a import b as c, d
from a import (b, c,)
from a import (b as c)
from a.b import c
from . import a
from .. import a
from ... import a
from .... import a
from .a import b
from ..a.b import c
from a import *
from . import (a, b)
# Expression statements
x
f(x)
x + 1
"docstring-like"
...
await_ = 1
match = 1
case = 2
_ = 3
type = 4
match(x)
match[x]
print(match, case, _)
