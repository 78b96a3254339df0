-- Per-client rate limits as one statement per request (decision 0017): a token bucket per key whose
-- level the statement itself refills from the database's clock, so every instance shares one clock
-- and one row lock held only for that statement. Replaces Bucket4j's serialized buckets; the old
-- table stays until no older instance can be running and is no longer read or written.
create table delivery_ratelimit_c (
    id          varchar(200)     primary key,
    tokens      double precision not null,
    refilled_at timestamptz      not null,
    allowed     boolean          not null,
    expires_at  timestamptz      not null
);
create index delivery_ratelimit_c_expires_ix on delivery_ratelimit_c (expires_at);
