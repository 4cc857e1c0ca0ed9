-- The balances read model (processing group balances), in minor units.
-- Each intent's contribution is one row, written only by the handler of that intent's ordered event sequence;
-- per-account totals are sums over these rows (views below). No two processor segments ever update the same
-- row, so totals are exact under concurrency without hot-row locking (shared total rows deadlocked across
-- segments), and a replay rebuilds the same rows.
CREATE TABLE balance_intent (
    payment_intent_id VARCHAR(255) NOT NULL,
    account_id        VARCHAR(255) NOT NULL,
    currency          VARCHAR(3)   NOT NULL,  -- the intent's current currency, lowercase
    status            VARCHAR(32)  NOT NULL,  -- the intent's current status, e.g. requires_capture
    amount_capturable BIGINT       NOT NULL,  -- authorized and still capturable
    amount_captured   BIGINT       NOT NULL,  -- collected (amount_received)
    amount_released   BIGINT       NOT NULL,  -- authorization given back on cancel or partial capture
    version           BIGINT       NOT NULL,  -- sequence number of the latest event applied
    CONSTRAINT pk_balance_intent PRIMARY KEY (payment_intent_id)
);

CREATE INDEX ix_balance_intent_account ON balance_intent (account_id, currency, status);

-- Totals per account and currency.
CREATE VIEW account_balance AS
SELECT account_id, currency,
       SUM(amount_capturable) AS capturable,
       SUM(amount_captured)   AS captured,
       SUM(amount_released)   AS released
FROM balance_intent
GROUP BY account_id, currency;

-- Intents per account, currency and status.
CREATE VIEW account_status_count AS
SELECT account_id, currency, status, COUNT(*) AS intent_count
FROM balance_intent
GROUP BY account_id, currency, status;
