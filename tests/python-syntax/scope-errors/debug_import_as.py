from m import x as __debug__
