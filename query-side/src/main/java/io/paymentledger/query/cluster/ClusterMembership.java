package io.paymentledger.query.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * This node's heartbeat in {@code ledger_node} and its view of how many nodes are alive. Each node writes only
 * its own row, in its own short transaction; a dead node's row simply ages out after the node timeout.
 */
public class ClusterMembership {

    private static final Logger log = LoggerFactory.getLogger(ClusterMembership.class);

    private final JdbcTemplate jdbc;
    private final ClusterProperties properties;
    private final Clock clock;
    private final String nodeId = UUID.randomUUID().toString();
    private volatile int liveNodes = 1;

    public ClusterMembership(JdbcTemplate jdbc, ClusterProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public String nodeId() {
        return nodeId;
    }

    /** Live nodes at the latest heartbeat, this one included (so never below 1). */
    public int liveNodes() {
        return liveNodes;
    }

    /** Refreshes this node's row and recounts the live nodes. */
    public void heartbeat() {
        long now = clock.millis();
        if (jdbc.update("UPDATE ledger_node SET heartbeat_at = ? WHERE node_id = ?", now, nodeId) == 0) {
            jdbc.update("INSERT INTO ledger_node (node_id, heartbeat_at) VALUES (?, ?)", nodeId, now);
        }
        List<String> alive = jdbc.queryForList("SELECT node_id FROM ledger_node WHERE heartbeat_at > ?",
                String.class, now - properties.nodeTimeout().toMillis());
        int counted = Math.max(1, alive.size() + (alive.contains(nodeId) ? 0 : 1));
        if (counted != liveNodes) {
            log.info("Live ledger nodes: {} (was {})", counted, liveNodes);
        }
        liveNodes = counted;
    }

    /** Leaves the cluster at once on a graceful stop, so the other nodes take over without waiting. */
    public void leave() {
        jdbc.update("DELETE FROM ledger_node WHERE node_id = ?", nodeId);
        liveNodes = 1;
    }

    /** Deletes rows of nodes dead for long (ten timeouts), so the table does not grow with restarts. */
    public void forgetLongDeadNodes() {
        jdbc.update("DELETE FROM ledger_node WHERE heartbeat_at < ?",
                clock.millis() - 10 * properties.nodeTimeout().toMillis());
    }
}
