-- The gateway service (Axon Server mode) runs the webhook-dispatch event processor, whose position lives in
-- Axon's JdbcTokenStore: the same table as db/migration/query/V100__token_entry.sql (keep both in step), created
-- here in the gateway's own schema. The all-in-one ledger does not use this location.
CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);
