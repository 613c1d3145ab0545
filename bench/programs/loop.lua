-- Sums i for i in [0, 10^8). Prints 4999999950000000.
-- A numeric `for` loop: LuaJIT's interpreter runs the body as ADDVV plus the FORL
-- back-edge, two bytecodes per iteration. Numbers are doubles, exact up to 2^53, so the
-- sum is printed with %d rather than print's %.14g.
local n = 100000000
local s = 0
for i = 0, n - 1 do
  s = s + i
end
print(string.format("%d", s))
