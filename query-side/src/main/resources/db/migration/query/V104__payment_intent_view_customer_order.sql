-- The customer index also carries the list order, so that H2's planner, which saw two equally good indexes
-- for "account_id = ?", no longer picks the customer index for a plain list and sorts the whole account
-- (PaymentIntentRows.selectSql; measured in docs/benchmarks.md).
DROP INDEX ix_payment_intent_view_customer;
CREATE INDEX ix_payment_intent_view_customer ON payment_intent_view (account_id, customer, created, creation_position);
