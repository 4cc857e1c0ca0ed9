-- The balance (FindBalance: GET /v1/balance and the dashboard's pages) sums every balance transaction of an account
-- per currency, split at available_on. This index holds all it reads, so the sum scans the index alone instead of
-- every row of the account (docs/benchmarks.md, Dashboard).
CREATE INDEX ix_balance_transaction_balance ON balance_transaction (account_id, currency, available_on, net);
