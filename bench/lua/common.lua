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
