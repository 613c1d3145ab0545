if x
  y
