# Module attributes are candidates too.
import math
print(math.floor(2.5))
print(math.sqr(16))
