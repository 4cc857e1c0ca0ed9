package io.paymentledger.ledger.cluster;

import io.paymentledger.query.cluster.ClusterMembership;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /admin/cluster}: this node, the live node count and the segments it holds (admin key required). */
@RestController
class ClusterController {

    private final ClusterMembership membership;
    private final EventProcessingConfiguration processing;

    ClusterController(ClusterMembership membership, EventProcessingConfiguration processing) {
        this.membership = membership;
        this.processing = processing;
    }

    @GetMapping("/admin/cluster")
    NodeStatus cluster() {
        Map<String, List<Integer>> claimed = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                claimed.put(name, streaming.processingStatus().keySet().stream().sorted().toList());
            }
        });
        return new NodeStatus(membership.nodeId(), membership.liveNodes(), claimed);
    }

    record NodeStatus(String nodeId, int liveNodes, Map<String, List<Integer>> claimedSegments) {
    }
}
