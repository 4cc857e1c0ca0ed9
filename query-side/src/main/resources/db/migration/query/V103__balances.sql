-- The balances read model (processing group balances), per account and currency, in minor units.
CREATE TABLE account_balance (
    account_id  VARCHAR(255) NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    capturable  BIGINT       NOT NULL,  -- sum of amount_capturable: authorized and still capturable
    captured    BIGINT       NOT NULL,  -- sum of amount_received: collected
    released    BIGINT       NOT NULL,  -- authorizations given back on cancel or partial capture
    CONSTRAINT pk_account_balance PRIMARY KEY (account_id, currency)
);

-- How many intents of an account and currency are in each status right now.
CREATE TABLE account_status_count (
    account_id   VARCHAR(255) NOT NULL,
    currency     VARCHAR(3)   NOT NULL,
    status       VARCHAR(32)  NOT NULL,
    intent_count BIGINT       NOT NULL,
    CONSTRAINT pk_account_status_count PRIMARY KEY (account_id, currency, status)
);

-- What the balances model remembers of each intent to compute differences: its current currency, status and
-- amount_capturable, and the sequence number of the last event applied (redeliveries are skipped).
CREATE TABLE balance_intent (
    payment_intent_id VARCHAR(255) NOT NULL,
    account_id        VARCHAR(255) NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    status            VARCHAR(32)  NOT NULL,
    amount_capturable BIGINT       NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_balance_intent PRIMARY KEY (payment_intent_id)
);
