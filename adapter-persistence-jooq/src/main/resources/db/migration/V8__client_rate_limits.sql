-- Per-client rate limits of the anonymous routes (sign-up, sign-in, payment callbacks) and of profile
-- changes: one Bucket4j token bucket per client and route group, shared by every instance. Bucket4j's
-- PostgreSQL proxy manager reads and writes the rows (SELECT ... FOR UPDATE); state is its own
-- serialised form, expires_at the epoch millisecond after which a full bucket may be deleted.
create table delivery_ratelimit_bucket_c (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create index delivery_ratelimit_bucket_c_expires_ix on delivery_ratelimit_bucket_c (expires_at);
