-- The hosted pages now find an intent through the query side by its client secret (FindPaymentIntentForClient),
-- so a create no longer writes a row of its own here (one transaction fewer per create, docs/benchmarks.md).
DROP TABLE IF EXISTS payment_intent_owners;
