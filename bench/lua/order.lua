dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
request = function()
  local s = pick()
  return wrk.format("GET", "/api/v1/orders/" .. s.uid, {["Authorization"] = "Bearer " .. s.token})
end
