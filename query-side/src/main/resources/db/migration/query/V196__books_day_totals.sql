-- Per UTC day sums of the books, kept by the books projection in the same transaction as the rows they sum
-- (docs/books.md, "Day totals"). The trial balance and the dashboard's daily chart read a few rows per day
-- instead of every posting or balance transaction of the account's history (docs/benchmarks.md, Dashboard).

-- Every ledger account's four balances changed by the postings of one day (the day of their created).
CREATE TABLE books_day (
    account_id      VARCHAR(255) NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    ledger_account  VARCHAR(32)  NOT NULL,
    created_on      DATE         NOT NULL,  -- UTC
    debits_pending  BIGINT       NOT NULL,
    debits_posted   BIGINT       NOT NULL,
    credits_pending BIGINT       NOT NULL,
    credits_posted  BIGINT       NOT NULL,
    CONSTRAINT pk_books_day PRIMARY KEY (account_id, currency, ledger_account, created_on)
);

-- The balance transactions created on one day: charges' amount, refunds' and failed refunds' amount (negated),
-- and the net of all of them (the dashboard's chart of captured, refunded and net).
CREATE TABLE balance_transaction_day (
    account_id VARCHAR(255) NOT NULL,
    currency   VARCHAR(3)   NOT NULL,
    created_on DATE         NOT NULL,  -- UTC
    captured   BIGINT       NOT NULL,
    refunded   BIGINT       NOT NULL,
    net        BIGINT       NOT NULL,
    CONSTRAINT pk_balance_transaction_day PRIMARY KEY (account_id, currency, created_on)
);

-- The trial balance adds the postings of a day not yet over to the day totals before it: a range of created
-- within the account, whatever the currency (the old index led with currency).
DROP INDEX ix_books_posting_account;
CREATE INDEX ix_books_posting_created ON books_posting (account_id, created);

INSERT INTO books_day (account_id, currency, ledger_account, created_on, debits_pending, debits_posted, credits_pending,
                       credits_posted)
SELECT account_id, currency, ledger_account, CAST(created AS DATE),
       SUM(CASE WHEN side = 'debit' AND phase = 'pending' THEN amount ELSE 0 END),
       SUM(CASE WHEN side = 'debit' AND phase = 'posted' THEN amount ELSE 0 END),
       SUM(CASE WHEN side = 'credit' AND phase = 'pending' THEN amount ELSE 0 END),
       SUM(CASE WHEN side = 'credit' AND phase = 'posted' THEN amount ELSE 0 END)
FROM books_posting
GROUP BY account_id, currency, ledger_account, CAST(created AS DATE);

INSERT INTO balance_transaction_day (account_id, currency, created_on, captured, refunded, net)
SELECT account_id, currency, CAST(created AS DATE),
       SUM(CASE WHEN type = 'charge' THEN amount ELSE 0 END),
       SUM(CASE WHEN type LIKE 'refund%' THEN -amount ELSE 0 END),
       SUM(net)
FROM balance_transaction
GROUP BY account_id, currency, CAST(created AS DATE);
