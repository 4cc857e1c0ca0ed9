-- The Events API (spec §9): one row per API event, derived from the domain events by the api-events projection.
-- Rows hold the intent views, not rendered JSON, so the gateway can render them with any api_version.
CREATE TABLE api_event (
    id                  VARCHAR(64)  NOT NULL,  -- evt_ + 24 hex of SHA-256(domain event id): replay-stable
    account_id          VARCHAR(255) NOT NULL,
    type                VARCHAR(64)  NOT NULL,  -- payment_intent.*
    created             BIGINT       NOT NULL,  -- unix seconds of the domain event
    created_at          TIMESTAMP    NOT NULL,
    event_position      BIGINT       NOT NULL,  -- global index of the domain event: the list order
    payment_intent_id   VARCHAR(255) NOT NULL,
    intent_json         VARCHAR      NOT NULL,  -- PaymentIntentView right after the event
    previous_json       VARCHAR,                -- PaymentIntentView right before it; null on creation
    request_id          VARCHAR(255),
    idempotency_key     VARCHAR(255),
    CONSTRAINT api_event_pk PRIMARY KEY (id)
);
CREATE INDEX api_event_account_position ON api_event (account_id, event_position);

-- The projection's own fold of each intent, so that it never depends on another projection's progress.
CREATE TABLE api_event_intent (
    payment_intent_id   VARCHAR(255) NOT NULL,
    version             BIGINT       NOT NULL,  -- sequence number of the last folded domain event
    view_json           VARCHAR      NOT NULL,
    CONSTRAINT api_event_intent_pk PRIMARY KEY (payment_intent_id)
);
