-- GET /health with the same Authorization header as me.lua, and its requests made the same way: wrk's own cost
-- per request as in GET /customers/me's scenario.
dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
signed_in_gets("/health")
