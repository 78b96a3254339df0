-- GET /health made by a request function with the same Authorization header as me.lua, and made the same way:
-- wrk's own cost per request as in GET /customers/me's scenario.
dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
local requests = {}
local load_sessions = init
init = function(args)
  load_sessions(args)
  for i, session in ipairs(sessions) do
    requests[i] = wrk.format("GET", "/health", {["Authorization"] = "Bearer " .. session.token})
  end
end
request = function()
  return requests[math.random(#requests)]
end
