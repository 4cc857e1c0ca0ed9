-- The account of every intent created through this gateway. The hosted 3-D Secure page is opened by the
-- customer's browser, which holds the intent's client secret but no API key: the page finds the account here.
CREATE TABLE payment_intent_owners (
    payment_intent_id VARCHAR(255) NOT NULL,
    account_id        VARCHAR(255) NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    PRIMARY KEY (payment_intent_id)
);
