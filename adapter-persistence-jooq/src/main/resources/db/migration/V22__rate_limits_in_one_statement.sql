-- The per-client rate limits are taken with one statement of the service's own instead of Bucket4j's
-- locked read and write (decision 0023). A bucket is the epoch microsecond at which it is full again
-- (full_at_us); expires_at keeps its meaning, the epoch millisecond after which the row may be deleted,
-- which for these buckets is the same instant. The service's keys start with "gcra:" and never meet the
-- rows Bucket4j wrote (state, expires_at), which instances before V22 go on using and deleting.
alter table delivery_ratelimit_bucket_c add column full_at_us bigint;
