package io.paymentledger.ledger.chain;

import io.paymentledger.ledger.TestIntents;
import io.paymentledger.messages.chain.EventChain;
import io.paymentledger.messages.paymentintent.CancelPaymentIntent;
import io.paymentledger.query.chain.ChainBreak;
import io.paymentledger.query.chain.ChainReport;
import io.paymentledger.query.chain.EventChainVerification;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tampering with the stored events of a running ledger: each test damages one intent's rows in
 * {@code DomainEventEntry} with plain SQL, checks that verification names the damage, and repairs it (the walk
 * covers the whole store, which the other tests share). Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class EventChainTamperContract {

    /** The ledger under test, started once per subclass. */
    abstract ConfigurableApplicationContext ledger();

    @Test
    void anUntouchedStoreVerifiesClean() {
        String id = intentWithFourEvents();

        ChainReport report = verify();

        assertThat(report.intact()).as(String.valueOf(report.firstBreak())).isTrue();
        assertThat(report.firstBreak()).isNull();
        assertThat(report.events()).isGreaterThanOrEqualTo(4);
        assertThat(report.headsChecked()).isGreaterThanOrEqualTo(1);
        assertThat(report.eventsBeforeHashing()).isZero();
        List<Map<String, Object>> stored = rows.all(id);
        assertThat(stored).hasSize(4);
        String metadata = new String((byte[]) stored.get(1).get("metaData"), StandardCharsets.UTF_8);
        assertThat(metadata).contains(EventChain.HASH, EventChain.PREVIOUS);
    }

    @Test
    void namesAnEditedPayload() {
        String id = intentWithFourEvents();
        Map<String, Object> row = rows.at(id, 1);
        byte[] original = (byte[]) row.get("payload");
        String edited = new String(original, StandardCharsets.UTF_8).replace("3000", "9000");
        assertThat(edited).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        try {
            jdbc().update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?",
                    edited.getBytes(StandardCharsets.UTF_8), row.get("globalIndex"));

            ChainBreak broken = firstBreak();

            assertThat(broken.kind()).isEqualTo(ChainBreak.PAYLOAD_ALTERED);
            assertThat(broken.aggregateId()).isEqualTo(id);
            assertThat(broken.sequenceNumber()).isEqualTo(1);
            assertThat(broken.globalIndex()).isEqualTo(((Number) row.get("globalIndex")).longValue());
            assertThat(broken.found()).isNotEqualTo(broken.expected());
        } finally {
            jdbc().update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", original,
                    row.get("globalIndex"));
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void namesADeletedNewestEvent() {
        String id = intentWithFourEvents();
        Map<String, Object> newest = rows.at(id, 3);
        try {
            rows.delete(newest);

            ChainBreak broken = firstBreak();

            assertThat(broken.kind()).isEqualTo(ChainBreak.MISSING_NEWEST_EVENTS);
            assertThat(broken.aggregateId()).isEqualTo(id);
            assertThat(broken.sequenceNumber()).isEqualTo(3);
            assertThat(broken.expected()).isEqualTo("events up to sequence 3");
            assertThat(broken.found()).isEqualTo("events up to sequence 2");
        } finally {
            rows.insert(newest);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void namesADeletedEventInTheMiddle() {
        String id = intentWithFourEvents();
        Map<String, Object> middle = rows.at(id, 2);
        try {
            rows.delete(middle);

            ChainBreak broken = firstBreak();

            assertThat(broken.kind()).isEqualTo(ChainBreak.SEQUENCE_GAP);
            assertThat(broken.aggregateId()).isEqualTo(id);
            assertThat(broken.sequenceNumber()).isEqualTo(3);
            assertThat(broken.expected()).isEqualTo("sequence 2");
        } finally {
            rows.insert(middle);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void namesTwoSwappedEvents() {
        String id = intentWithFourEvents();
        Map<String, Object> first = rows.at(id, 1);
        Map<String, Object> second = rows.at(id, 2);
        try {
            rows.swapSequenceNumbers(first, second);

            ChainBreak broken = firstBreak();

            assertThat(broken.kind()).isEqualTo(ChainBreak.LINK_BROKEN);
            assertThat(broken.aggregateId()).isEqualTo(id);
            assertThat(broken.sequenceNumber()).isEqualTo(1);
            assertThat(broken.globalIndex()).isEqualTo(((Number) second.get("globalIndex")).longValue());
        } finally {
            rows.restoreSequenceNumbers(first, second);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void namesSwappedPayloads() {
        String id = intentWithFourEvents();
        Map<String, Object> first = rows.at(id, 1);
        Map<String, Object> second = rows.at(id, 2);
        try {
            rows.setPayload(first, second.get("payload"));
            rows.setPayload(second, first.get("payload"));

            ChainBreak broken = firstBreak();

            assertThat(broken.kind()).isEqualTo(ChainBreak.PAYLOAD_ALTERED);
            assertThat(broken.aggregateId()).isEqualTo(id);
            assertThat(broken.sequenceNumber()).isEqualTo(1);
        } finally {
            rows.setPayload(first, first.get("payload"));
            rows.setPayload(second, second.get("payload"));
        }
        assertThat(verify().intact()).isTrue();
    }

    private final StoredRows rows = new StoredRows(this::jdbc);

    /** Created, two amount changes (3,000 then 4,000) and canceled: sequence numbers 0 to 3. */
    private String intentWithFourEvents() {
        CommandGateway commands = ledger().getBean(CommandGateway.class);
        String id = TestIntents.newId();
        commands.sendAndWait(TestIntents.create(id, 2_000));
        commands.sendAndWait(TestIntents.changeAmount(id, 3_000));
        commands.sendAndWait(TestIntents.changeAmount(id, 4_000));
        commands.sendAndWait(new CancelPaymentIntent(id, TestIntents.ACCOUNT, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc().queryForList(
                "SELECT sequence_number FROM event_chain_head WHERE aggregate_id = ?", Long.class, id).contains(3L));
        return id;
    }

    private ChainBreak firstBreak() {
        ChainReport report = verify();
        assertThat(report.intact()).isFalse();
        return report.firstBreak();
    }

    private ChainReport verify() {
        return ledger().getBean(EventChainVerification.class).verify();
    }

    private JdbcTemplate jdbc() {
        return ledger().getBean(JdbcTemplate.class);
    }
}
