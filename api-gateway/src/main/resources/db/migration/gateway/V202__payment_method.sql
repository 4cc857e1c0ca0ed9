-- The vault: every payment method (pm_...) the gateway tokenized, per account. The JSON is the tokenized method
-- (brand, last4, expiry, funding, country, keyed fingerprint, cvc_check, billing details, metadata, processor
-- reference); the card number and CVC are dropped at tokenization and stored nowhere.
CREATE TABLE payment_method (
    id             VARCHAR(64)   NOT NULL,  -- pm_...
    account_id     VARCHAR(255)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    payment_method VARCHAR(20000) NOT NULL,
    CONSTRAINT payment_method_pk PRIMARY KEY (id)
);
