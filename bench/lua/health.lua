-- GET /health made by a request function with the same Authorization header as me.lua: wrk's own
-- cost per request as in the authenticated scenarios.
dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
request = function()
  return wrk.format("GET", "/health", {["Authorization"] = "Bearer " .. pick().token})
end
