-- The books (processing group books, docs/books.md): a double-entry journal of two-phase transfers and Stripe's
-- balance transactions, both projections of the PaymentIntent events. Amounts are minor units.

-- The projection's own fold of each intent: its currency and the pending transfer it holds open.
CREATE TABLE books_intent (
    payment_intent_id VARCHAR(255) NOT NULL,
    account_id        VARCHAR(255) NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    pending_entry_id  VARCHAR(255),           -- the open pending transfer (authorization or processing), or null
    pending_amount    BIGINT       NOT NULL,  -- what is still pending of it
    version           BIGINT       NOT NULL,  -- sequence number of the latest event applied
    CONSTRAINT pk_books_intent PRIMARY KEY (payment_intent_id)
);

-- One journal entry per money movement: at most one per event, id je_<intent>_<sequence number>.
CREATE TABLE books_entry (
    id                VARCHAR(255) NOT NULL,
    account_id        VARCHAR(255) NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    payment_intent_id VARCHAR(255) NOT NULL,
    kind              VARCHAR(32)  NOT NULL,  -- authorization, capture, void, charge, refund, refund_failure
    source_id         VARCHAR(255),           -- ch_... or re_...
    pending_entry_id  VARCHAR(255),           -- for capture and void: the pending transfer posted or voided
    amount            BIGINT       NOT NULL,  -- the money moved (authorized, captured, voided, refunded)
    created           TIMESTAMP    NOT NULL,  -- event time, UTC
    CONSTRAINT pk_books_entry PRIMARY KEY (id)
);

CREATE INDEX ix_books_entry_intent ON books_entry (payment_intent_id, created);

-- The postings of each entry. A posting changes one of an account's four balances: side debit or credit, phase
-- pending or posted; amount is signed (posting or voiding a pending transfer takes its amount off the pending side).
CREATE TABLE books_posting (
    entry_id          VARCHAR(255) NOT NULL,
    line              INT          NOT NULL,
    account_id        VARCHAR(255) NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    ledger_account    VARCHAR(32)  NOT NULL,  -- card_clearing, merchant_balance, fee_revenue
    side              VARCHAR(6)   NOT NULL,  -- debit, credit
    phase             VARCHAR(7)   NOT NULL,  -- pending, posted
    amount            BIGINT       NOT NULL,
    kind              VARCHAR(32)  NOT NULL,  -- the entry's kind, for analysts' filters
    payment_intent_id VARCHAR(255) NOT NULL,
    created           TIMESTAMP    NOT NULL,
    CONSTRAINT pk_books_posting PRIMARY KEY (entry_id, line)
);

CREATE INDEX ix_books_posting_account ON books_posting (account_id, currency, created);
CREATE INDEX ix_books_posting_intent ON books_posting (payment_intent_id);

-- Every ledger account's four balances (TigerBeetle's columns), summed from the postings.
CREATE VIEW books_account AS
SELECT account_id, currency, ledger_account,
       SUM(CASE WHEN side = 'debit' AND phase = 'pending' THEN amount ELSE 0 END) AS debits_pending,
       SUM(CASE WHEN side = 'debit' AND phase = 'posted' THEN amount ELSE 0 END) AS debits_posted,
       SUM(CASE WHEN side = 'credit' AND phase = 'pending' THEN amount ELSE 0 END) AS credits_pending,
       SUM(CASE WHEN side = 'credit' AND phase = 'posted' THEN amount ELSE 0 END) AS credits_posted
FROM books_posting
GROUP BY account_id, currency, ledger_account;

-- Stripe's balance transactions. status is not stored: it is available once available_on has passed.
CREATE TABLE balance_transaction (
    id                 VARCHAR(255) NOT NULL,  -- txn_...
    account_id         VARCHAR(255) NOT NULL,
    payment_intent_id  VARCHAR(255) NOT NULL,
    entry_id           VARCHAR(255) NOT NULL,  -- the journal entry that moved the money
    type               VARCHAR(32)  NOT NULL,  -- charge, refund, refund_failure
    reporting_category VARCHAR(32)  NOT NULL,
    source_id          VARCHAR(255) NOT NULL,  -- ch_... or re_...
    amount             BIGINT       NOT NULL,  -- gross, signed: negative when money leaves the balance
    fee                BIGINT       NOT NULL,
    net                BIGINT       NOT NULL,  -- amount - fee
    currency           VARCHAR(3)   NOT NULL,
    created            TIMESTAMP    NOT NULL,  -- event time, UTC
    available_on       TIMESTAMP    NOT NULL,  -- created + settlement delay (charges), created (refunds)
    CONSTRAINT pk_balance_transaction PRIMARY KEY (id)
);

CREATE INDEX ix_balance_transaction_order ON balance_transaction (account_id, created, id);
CREATE INDEX ix_balance_transaction_source ON balance_transaction (account_id, source_id);
