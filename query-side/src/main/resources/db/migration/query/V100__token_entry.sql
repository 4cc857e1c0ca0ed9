-- Axon's JdbcTokenStore with the default TokenSchema: one row per event processor segment, holding how far
-- that segment has read the event store (token) and which node currently owns it (owner, timestamp).
CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);
