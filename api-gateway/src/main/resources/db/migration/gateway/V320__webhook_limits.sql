-- The start of each receiver's answer (at most 500 characters; the sender reads at most 4 KB of it).
ALTER TABLE webhook_attempt ADD COLUMN response_excerpt VARCHAR(500);

-- Webhook endpoints keep their metadata (Stripe's limits: 50 keys of up to 40 characters, values up to 500), as JSON.
ALTER TABLE webhook_endpoint ADD COLUMN metadata VARCHAR;

-- Every resend request that rescheduled something: the per-account budget counts those of the last hour.
CREATE TABLE webhook_resend (
    account_id    VARCHAR(255) NOT NULL,
    requested_at  BIGINT       NOT NULL   -- epoch millis
);
CREATE INDEX webhook_resend_account ON webhook_resend (account_id, requested_at);
