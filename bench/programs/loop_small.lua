-- The loop of loop.lua with the same 10^8 iterations of the same body, split into
-- 10^4 runs of 10^4 (see loop_small.syir). Numeric `for` loops. Prints 499950000000.
local runs, n = 10000, 10000
local s = 0
for _ = 1, runs do
  for i = 0, n - 1 do
    s = s + i
  end
end
print(string.format("%d", s))
