-- The charges read model (processing group charges, docs/read-models.md): one row per charge and per refund,
-- derived from the PaymentIntent events. Every write is guarded by charge_intent.version, the sequence number
-- of the intent's latest applied event, so a redelivered or replayed event changes nothing twice.
CREATE TABLE charge_intent (
    payment_intent_id VARCHAR(255) NOT NULL,
    account_id        VARCHAR(255) NOT NULL,
    amount            BIGINT       NOT NULL,  -- the intent's current amount, the amount of its next charge
    currency          VARCHAR(3)   NOT NULL,
    payment_method    VARCHAR,                -- JSON of the attached PaymentMethod's card, or null
    payment_method_id VARCHAR(255),
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_charge_intent PRIMARY KEY (payment_intent_id)
);

CREATE TABLE charge (
    id                VARCHAR(255) NOT NULL,
    account_id        VARCHAR(255) NOT NULL,
    payment_intent_id VARCHAR(255) NOT NULL,
    amount            BIGINT       NOT NULL,
    amount_captured   BIGINT       NOT NULL,
    amount_refunded   BIGINT       NOT NULL,  -- succeeded and pending refunds; a failed refund gives it back
    captured          BOOLEAN      NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    status            VARCHAR(16)  NOT NULL,  -- pending, succeeded, failed
    failure_code      VARCHAR(64),
    failure_message   VARCHAR(1000),
    decline_code      VARCHAR(64),
    payment_method_id VARCHAR(255),
    card              VARCHAR,                -- JSON of the card charged (brand, last4, expiry, funding, country)
    created           TIMESTAMP    NOT NULL,  -- the time of the event that started the charge
    CONSTRAINT pk_charge PRIMARY KEY (id)
);
CREATE INDEX ix_charge_account_created ON charge (account_id, created, id);
CREATE INDEX ix_charge_intent ON charge (payment_intent_id);

CREATE TABLE refund (
    id                VARCHAR(255) NOT NULL,
    account_id        VARCHAR(255) NOT NULL,
    payment_intent_id VARCHAR(255) NOT NULL,
    charge_id         VARCHAR(255) NOT NULL,
    amount            BIGINT       NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    reason            VARCHAR(32),            -- duplicate, fraudulent, requested_by_customer or null
    status            VARCHAR(16)  NOT NULL,  -- pending, succeeded, failed
    failure_reason    VARCHAR(64),
    metadata          VARCHAR      NOT NULL,  -- JSON object
    created           TIMESTAMP    NOT NULL,
    version           BIGINT       NOT NULL,  -- sequence number of the intent's event the row last changed with
    CONSTRAINT pk_refund PRIMARY KEY (id)
);
CREATE INDEX ix_refund_account_created ON refund (account_id, created, id);
CREATE INDEX ix_refund_charge ON refund (charge_id);
