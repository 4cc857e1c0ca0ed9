-- Refunds in the balances read model: each intent's succeeded and pending refunds (a failed refund gives its amount
-- back), summed per account and currency like the other amounts. Rows written before refunds existed hold 0.
ALTER TABLE balance_intent ADD COLUMN amount_refunded BIGINT DEFAULT 0 NOT NULL;

DROP VIEW account_balance;
CREATE VIEW account_balance AS
SELECT account_id, currency,
       SUM(amount_capturable) AS capturable,
       SUM(amount_captured)   AS captured,
       SUM(amount_released)   AS released,
       SUM(amount_refunded)   AS refunded
FROM balance_intent
GROUP BY account_id, currency;
