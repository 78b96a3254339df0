dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
request = function()
  return wrk.format("GET", "/api/v1/orders?limit=20", {["Authorization"] = "Bearer " .. pick().token})
end
