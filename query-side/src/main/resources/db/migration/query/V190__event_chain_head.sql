-- The newest event of each aggregate as the event-chain-heads processor last saw it: its sequence number and chain
-- hash (null for an event stored before hashing existed). Kept outside the event store, so that deleting an
-- aggregate's newest events shows as a store that ends before its recorded head (docs/books.md, "Verifying the
-- event chain"). Evidence, not a read model: a replay never empties it, and a head only ever moves forward.
CREATE TABLE event_chain_head (
    aggregate_id    VARCHAR(255) PRIMARY KEY,
    aggregate_type  VARCHAR(255),
    sequence_number BIGINT       NOT NULL,
    hash            VARCHAR(64),
    global_index    BIGINT,
    recorded_at     TIMESTAMP    NOT NULL
);
