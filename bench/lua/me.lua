dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
-- One request per bench customer, made once in init and then picked at random, as wrk's scripting guide advises
-- for a fast server: made by wrk.format on every call, wrk spent about half as much CPU again per request as on
-- a plain GET, on the two cores the service and PostgreSQL share (docs/performance.md, "GET /customers/me (me,
-- session 13)").
local requests = {}
local load_sessions = init
init = function(args)
  load_sessions(args)
  for i, session in ipairs(sessions) do
    requests[i] = wrk.format("GET", "/api/v1/customers/me", {["Authorization"] = "Bearer " .. session.token})
  end
end
request = function()
  return requests[math.random(#requests)]
end
