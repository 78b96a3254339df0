dofile(os.getenv("BENCH_DIR") .. "/lua/common.lua")
signed_in_gets("/api/v1/customers/me")
