-- Customers (cus_...) per account, a gateway record like the vault's payment methods (docs/api.md §17). The JSON is
-- the customer's own fields; email and created_ms are columns for the list's filters and order. A deleted customer
-- keeps its row (deleted = TRUE) so that retrieving it answers Stripe's deleted stub.
CREATE TABLE customer (
    id          VARCHAR(64)    NOT NULL,  -- cus_...
    account_id  VARCHAR(255)   NOT NULL,
    email       VARCHAR(512),
    created_ms  BIGINT         NOT NULL,  -- epoch millis; the list is newest first
    deleted     BOOLEAN        NOT NULL,
    customer    VARCHAR(60000) NOT NULL,
    CONSTRAINT customer_pk PRIMARY KEY (id)
);
CREATE INDEX customer_account ON customer (account_id, created_ms);

-- A saved card: the customer a payment method is attached to, since when, and whether a payment set it up for
-- off-session use (setup_future_usage). Detaching clears all three.
ALTER TABLE payment_method ADD COLUMN customer_id VARCHAR(64);
ALTER TABLE payment_method ADD COLUMN attached_ms BIGINT;
ALTER TABLE payment_method ADD COLUMN off_session_ready BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX payment_method_customer ON payment_method (customer_id, attached_ms);
