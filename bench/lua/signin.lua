dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
request = function()
  local body = string.format('{"login":"%s","password":"bench password 1"}', pick().login)
  return wrk.format("POST", "/api/v1/sessions", {["Content-Type"] = "application/json"}, body)
end
