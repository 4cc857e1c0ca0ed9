package io.paymentledger.query.cluster;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The most segments of a pooled processor this node may claim: ceil(segments / live nodes). Axon's coordinator
 * asks on every cycle and releases the surplus when more nodes join, so the segments spread over the nodes;
 * when a node leaves or dies the others' share grows and they claim its segments. Alone, a node claims all.
 * Answers come from counts refreshed by {@link #refresh()}, never from a query on the coordinator's thread.
 */
public class FairSegmentShare implements MaxSegmentProvider {

    private final ClusterMembership membership;
    private final JdbcTemplate jdbc;
    private final Map<String, Integer> segmentsByProcessor = new ConcurrentHashMap<>();

    public FairSegmentShare(ClusterMembership membership, JdbcTemplate jdbc) {
        this.membership = membership;
        this.jdbc = jdbc;
    }

    @Override
    public int getMaxSegments(String processorName) {
        Integer segments = segmentsByProcessor.get(processorName);
        if (segments == null || segments == 0) {
            // Not initialised yet: no limit, as in Axon's default.
            return Short.MAX_VALUE;
        }
        return share(segments, membership.liveNodes());
    }

    static int share(int segments, int liveNodes) {
        return Math.max(1, (segments + liveNodes - 1) / Math.max(1, liveNodes));
    }

    /** Re-reads how many segments each processor has in the token store (splits and merges change it). */
    public void refresh() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT processorName AS processor, COUNT(*) AS segments FROM TokenEntry GROUP BY processorName");
        for (Map<String, Object> row : rows) {
            segmentsByProcessor.put(String.valueOf(row.get("processor")),
                    ((Number) row.get("segments")).intValue());
        }
    }
}
