-- The PaymentIntent view (processing group payment-intent-view): one row per intent, as the API shows it.
-- Columns analysts filter on are real columns; nested objects are Jackson JSON text.
CREATE TABLE payment_intent_view (
    id                      VARCHAR(255) NOT NULL,  -- pi_...
    account_id              VARCHAR(255) NOT NULL,  -- owning account
    version                 BIGINT       NOT NULL,  -- sequence number of the latest event applied
    created                 BIGINT       NOT NULL,  -- creation time, unix seconds (the API's "created")
    created_at              TIMESTAMP    NOT NULL,  -- creation time, UTC, microseconds
    creation_position       BIGINT       NOT NULL,  -- global event store position of the creation event:
                                                    -- orders intents created within the same second
    amount                  BIGINT       NOT NULL,  -- requested, minor units
    currency                VARCHAR(3)   NOT NULL,  -- lowercase ISO 4217
    status                  VARCHAR(32)  NOT NULL,  -- Stripe status, e.g. requires_capture
    amount_capturable       BIGINT       NOT NULL,  -- authorized, not yet captured, minor units
    amount_received         BIGINT       NOT NULL,  -- captured, minor units
    customer                VARCHAR(255),           -- cus_... or null
    description             VARCHAR(1000),
    client_secret           VARCHAR(255)  NOT NULL,
    payment_method_id       VARCHAR(255),           -- pm_... currently attached
    latest_charge_id        VARCHAR(255),           -- ch_... of the latest attempt
    canceled_at             TIMESTAMP,              -- UTC
    cancellation_reason     VARCHAR(32),
    details_json            VARCHAR      NOT NULL,  -- PaymentIntentDetails
    payment_method_json     VARCHAR,                -- PaymentMethod (never card number or CVC)
    latest_charge_json      VARCHAR,                -- ChargeView
    last_payment_error_json VARCHAR,                -- LastPaymentError
    next_action_json        VARCHAR,                -- NextAction
    CONSTRAINT pk_payment_intent_view PRIMARY KEY (id)
);

CREATE INDEX ix_payment_intent_view_order ON payment_intent_view (account_id, created, creation_position);
CREATE INDEX ix_payment_intent_view_customer ON payment_intent_view (account_id, customer);

-- One row per metadata key of an intent, for filtering (metadata[key]=value, metadata['key']:'value').
CREATE TABLE payment_intent_metadata (
    payment_intent_id VARCHAR(255) NOT NULL,
    meta_key          VARCHAR(40)  NOT NULL,
    meta_value        VARCHAR(500) NOT NULL,
    CONSTRAINT pk_payment_intent_metadata PRIMARY KEY (payment_intent_id, meta_key)
);

CREATE INDEX ix_payment_intent_metadata_pair ON payment_intent_metadata (meta_key, meta_value);
