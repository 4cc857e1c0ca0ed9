-- Results of requests sent with an Idempotency-Key (spec §7), scoped per account. A request claims its key by
-- inserting the row: the primary key makes exactly one of several concurrent requests (on any node sharing
-- this database) the one that executes; completed_at and the response are filled in when it has answered.
CREATE TABLE idempotency_keys (
    account_id      VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    completed_at    TIMESTAMP,
    status_code     BIGINT,
    content_type    VARCHAR(255),
    response_body   BYTEA,
    PRIMARY KEY (account_id, idempotency_key)
);

CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
