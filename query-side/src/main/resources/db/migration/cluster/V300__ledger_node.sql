-- Live ledger nodes of a cluster (one row per running node, refreshed by its heartbeat). A node that holds no
-- event processor segment does not appear in TokenEntry, so the nodes announce themselves here; each node
-- then claims at most ceil(segments / live nodes) segments of every pooled processor.
CREATE TABLE ledger_node (
    node_id      VARCHAR(255) NOT NULL,
    heartbeat_at BIGINT       NOT NULL,  -- epoch milliseconds of the node's latest heartbeat
    CONSTRAINT pk_ledger_node PRIMARY KEY (node_id)
);
