-- The balances' totals per account and currency, and their intent counts per status, as rows the balances
-- projection adds each intent's change to (query/axon/RowIncrements: written in one order at commit, so segments
-- never deadlock) instead of sums over every balance_intent row at each read. A total left with no intent stays
-- as a row of zeros; the views leave such rows out, so they keep their names, columns and rows.
CREATE TABLE balance_total (
    account_id VARCHAR(255) NOT NULL,
    currency   VARCHAR(3)   NOT NULL,
    intents    BIGINT       NOT NULL,  -- intents now in this currency
    capturable BIGINT       NOT NULL,
    captured   BIGINT       NOT NULL,
    released   BIGINT       NOT NULL,
    refunded   BIGINT       NOT NULL,
    CONSTRAINT pk_balance_total PRIMARY KEY (account_id, currency)
);

CREATE TABLE balance_status_total (
    account_id VARCHAR(255) NOT NULL,
    currency   VARCHAR(3)   NOT NULL,
    status     VARCHAR(32)  NOT NULL,
    intents    BIGINT       NOT NULL,
    CONSTRAINT pk_balance_status_total PRIMARY KEY (account_id, currency, status)
);

INSERT INTO balance_total (account_id, currency, intents, capturable, captured, released, refunded)
SELECT account_id, currency, COUNT(*), SUM(amount_capturable), SUM(amount_captured), SUM(amount_released),
       SUM(amount_refunded)
FROM balance_intent
GROUP BY account_id, currency;

INSERT INTO balance_status_total (account_id, currency, status, intents)
SELECT account_id, currency, status, COUNT(*)
FROM balance_intent
GROUP BY account_id, currency, status;

DROP VIEW account_balance;
CREATE VIEW account_balance AS
SELECT account_id, currency, capturable, captured, released, refunded
FROM balance_total
WHERE intents > 0;

DROP VIEW account_status_count;
CREATE VIEW account_status_count AS
SELECT account_id, currency, status, intents AS intent_count
FROM balance_status_total
WHERE intents > 0;
