-- Bucket4j's token buckets of the per-key rate limits (ratelimit/RateLimitConfiguration), one row per key and kind
-- of request; on PostgreSQL every node reads and writes them under SELECT ... FOR UPDATE, so a cluster shares one
-- budget per key. The standalone ledger keeps its buckets in memory and leaves this table empty.
CREATE TABLE rate_limit_bucket (
    id    VARCHAR(255) PRIMARY KEY,
    state BYTEA
);
