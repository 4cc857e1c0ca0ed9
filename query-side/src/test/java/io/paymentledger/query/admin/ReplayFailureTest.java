package io.paymentledger.query.admin;

import io.paymentledger.query.QuerySideTest;
import io.paymentledger.query.axon.Projections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replay whose reset cannot take a processor's tokens (another node holds them) reports {@code failed} with the
 * reason, and the processors it stopped run again. The view is the first processor a reset takes, so the failure
 * empties no table.
 */
@QuerySideTest
class ReplayFailureTest {

    @Autowired
    ReadModelReplay replay;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResetThatCannotClaimTheTokensReportsFailedAndRestartsTheProcessors() {
        StreamingEventProcessor view = processing
                .eventProcessor(Projections.PROCESSOR, StreamingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> !replay.progress().running());
        view.shutDown();
        jdbc.update("UPDATE TokenEntry SET owner = 'another-node', timestamp = ? WHERE processorName = ?",
                Instant.now().toString(), Projections.PROCESSOR);
        try {
            replay.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> !replay.progress().running());

            ReplayProgress failed = replay.progress();
            assertThat(failed.state()).isEqualTo(ReplayProgress.FAILED);
            assertThat(failed.error()).isNotBlank();
        } finally {
            jdbc.update("UPDATE TokenEntry SET owner = NULL WHERE processorName = ?",
                    Projections.PROCESSOR);
        }
        await().atMost(Duration.ofSeconds(30)).until(view::isRunning);
        await().atMost(Duration.ofSeconds(30)).until(() -> !view.processingStatus().isEmpty());
    }
}
