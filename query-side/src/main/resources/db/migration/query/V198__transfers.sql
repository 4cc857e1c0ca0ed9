-- The transfers read model (processing group transfers, docs/read-models.md): one row per transfer (TransferCreated)
-- and per reversal (TransferReversed), for GET /v1/transfers (docs/api.md §19.4). Rows are keyed by the ids the
-- events carry and written once; amount_reversed is the total the latest reversal states, so a redelivered or
-- replayed event changes nothing twice.
CREATE TABLE transfer (
    id                VARCHAR(255) NOT NULL,  -- tr_…
    account_id        VARCHAR(255) NOT NULL,  -- the paying account, the only one that sees the transfer
    destination       VARCHAR(255) NOT NULL,  -- acct_…
    payment_intent_id VARCHAR(255) NOT NULL,
    charge_id         VARCHAR(255) NOT NULL,
    amount            BIGINT       NOT NULL,
    amount_reversed   BIGINT       NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    created           TIMESTAMP    NOT NULL,  -- the time of TransferCreated
    CONSTRAINT pk_transfer PRIMARY KEY (id)
);
CREATE INDEX ix_transfer_account_created ON transfer (account_id, created, id);

CREATE TABLE transfer_reversal (
    id          VARCHAR(255) NOT NULL,  -- trr_…
    transfer_id VARCHAR(255) NOT NULL,
    account_id  VARCHAR(255) NOT NULL,
    refund_id   VARCHAR(255) NOT NULL,  -- the refund that took it back, Stripe's source_refund
    amount      BIGINT       NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    created     TIMESTAMP    NOT NULL,  -- the time of TransferReversed
    CONSTRAINT pk_transfer_reversal PRIMARY KEY (id)
);
CREATE INDEX ix_transfer_reversal_transfer ON transfer_reversal (transfer_id, created, id);
