-- Shared by the authenticated scenarios: each line of the file named by the first script argument
-- is "<token> <order uid> <login>" of one signed-in bench customer.
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

sessions = {}

function init(args)
  math.randomseed(os.time() + (id or 0) * 7919)
  for line in io.lines(args[1]) do
    local token, uid, login = line:match("(%S+) (%S+) (%S+)")
    table.insert(sessions, {token = token, uid = uid, login = login})
  end
end

function pick()
  return sessions[math.random(#sessions)]
end

-- Makes the script's requests GET PATH as the bench customers: one request per customer, made once in init and
-- then picked at random, as wrk's scripting guide advises for a fast server. Made by wrk.format on every call,
-- wrk spent 12-13 us of CPU per request against 9 us for a plain GET, on the two cores the service and
-- PostgreSQL share (docs/performance.md, "GET /customers/me (me, session 13)").
function signed_in_gets(path)
  local requests = {}
  local load_sessions = init
  init = function(args)
    load_sessions(args)
    for i, session in ipairs(sessions) do
      requests[i] = wrk.format("GET", path, {["Authorization"] = "Bearer " .. session.token})
    end
  end
  request = function()
    return requests[math.random(#requests)]
  end
end
