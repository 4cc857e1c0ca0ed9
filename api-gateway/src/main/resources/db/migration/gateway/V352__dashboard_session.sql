-- The dashboard's signed-in sessions (docs/dashboard.md), shared by every node of a cluster so that any node serves
-- any request. Only the SHA-256 of the cookie's token is kept, so a copy of this table opens no session; the key is
-- kept as its label (prefix and last four, the key id of the audit records), never the key itself. A session ends
-- on sign-out or once last_seen_ms is older than ledger.dashboard.session-timeout; expired rows are pruned.
CREATE TABLE dashboard_session (
    token_sha256  VARCHAR(64)  NOT NULL,  -- hex SHA-256 of the cookie's token
    account_id    VARCHAR(255) NOT NULL,
    key_label     VARCHAR(64)  NOT NULL,  -- e.g. sk_test_…abcd: which configured key signed in
    created_ms    BIGINT       NOT NULL,
    last_seen_ms  BIGINT       NOT NULL,  -- epoch millis of the last request, refreshed at most once a minute
    CONSTRAINT dashboard_session_pk PRIMARY KEY (token_sha256)
);
CREATE INDEX dashboard_session_last_seen ON dashboard_session (last_seen_ms);
