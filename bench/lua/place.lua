dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
local n = 0
request = function()
  n = n + 1
  local item = math.random(1, 40)
  local body = string.format('{"items":[{"menuItemId":%d,"quantity":1},{"menuItemId":%d,"quantity":2},'
      .. '{"menuItemId":%d,"quantity":1}],"deliveryAddress":"Bench street 1","paymentMethod":"CASH_ON_DELIVERY"}',
      item, item + 1, item + 2)
  return wrk.format("POST", "/api/v1/orders", {
    ["Authorization"] = "Bearer " .. pick().token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%d-%d-%d", id or 0, n, math.random(1, 1000000000))
  }, body)
end
