-- 10^7 resume+yield round trips with one coroutine; prints the last value.
local yield = coroutine.yield
local co = coroutine.wrap(function()
  local i = 0
  while true do yield(i); i = i + 1 end
end)
local v
for _ = 1, 10000000 do v = co() end
print(v)
