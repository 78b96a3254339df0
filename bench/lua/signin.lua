dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
-- Each wrk thread signs in its own half of the 64 bench customers in turn, not a random one: an attempt
-- counts before its hash (SignInThrottle), so six sign-ins of one account in flight at once are a lockout's
-- 429 by design, and random picks for 32 connections put six on one account now and then (session 11).
-- In turn, a thread's 16 connections have 16 different accounts in flight.
-- Answers that are not 2xx are counted by status, with the first few bodies, and printed at the end
-- ("Refused 429: 2", "Refused sample ..."): a run then says what its non-2xx were.
local common_setup = setup
local counted = {}
setup = function(thread)
  common_setup(thread)
  table.insert(counted, thread)
end
refused = {}
samples = {}
local turn = 0

request = function()
  local half = math.floor(#sessions / 2)
  turn = turn + 1
  local customer = sessions[((id or 1) - 1) % 2 * half + (turn % half) + 1]
  local body = string.format('{"login":"%s","password":"bench password 1"}', customer.login)
  return wrk.format("POST", "/api/v1/sessions", {["Content-Type"] = "application/json"}, body)
end

response = function(status, headers, body)
  if status < 200 or status > 299 then
    local key = tostring(status)
    refused[key] = (refused[key] or 0) + 1
    if #samples < 3 then
      table.insert(samples, key .. " (Retry-After " .. tostring(headers["Retry-After"]) .. "): " .. body)
    end
  end
end

done = function(summary, latency, requests)
  for _, thread in ipairs(counted) do
    for status, n in pairs(thread:get("refused")) do io.write("Refused " .. status .. ": " .. n .. "\n") end
    for _, sample in ipairs(thread:get("samples")) do io.write("Refused sample " .. sample .. "\n") end
  end
end
