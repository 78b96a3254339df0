dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
request = function()
  return wrk.format("GET", "/api/v1/customers/me", {["Authorization"] = "Bearer " .. pick().token})
end
