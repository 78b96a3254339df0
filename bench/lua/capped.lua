-- Runs the scenario named by $SCENARIO (a script of this folder, or "categories": a plain GET of the
-- URL) until each wrk thread has had $REQUESTS_PER_THREAD answers, so that two builds compared on a
-- busy machine do the same work (bench/rss-ab.sh). wrk's -d still bounds the time.
local scenario = os.getenv("SCENARIO")
if scenario ~= "categories" then
  dofile(os.getenv("BENCH_DIR") .. "/lua/" .. scenario)
end
local limit = tonumber(os.getenv("REQUESTS_PER_THREAD"))
local answered = 0
response = function()
  answered = answered + 1
  if answered >= limit then wrk.thread:stop() end
end
