package io.paymentledger.query.chain;

import io.paymentledger.messages.chain.ChainedEvent;
import io.paymentledger.messages.chain.EventChain;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the walk on hand-made stored events (the ledger's tamper tests use real stores). */
class ChainWalkTest {

    private static final ChainDigest DIGEST = new ChainDigest("d", 0, 0, Instant.EPOCH);

    private final Map<String, RecordedHead> heads = new HashMap<>();
    private final List<StoredEvent> store = new ArrayList<>();
    private long globalIndex;

    @Test
    void passesAnIntactChainAndCountsIt() {
        chain("pi_a", 3);
        chain("pi_b", 2);
        heads.put("pi_a", head("pi_a", 2));

        ChainReport report = walk();

        assertThat(report.intact()).isTrue();
        assertThat(report.events()).isEqualTo(5);
        assertThat(report.aggregates()).isEqualTo(2);
        assertThat(report.headsChecked()).isEqualTo(1);
    }

    @Test
    void acceptsHistoryStoredBeforeHashingAsTheGenesisOfTheChain() {
        unhashed("pi_old", 0);
        unhashed("pi_old", 1);
        store.add(hashed("pi_old", 2, EventChain.GENESIS, "after hashing"));

        ChainReport report = walk();

        assertThat(report.intact()).isTrue();
        assertThat(report.eventsBeforeHashing()).isEqualTo(2);
    }

    @Test
    void refusesAnEventWithoutAHashAfterAHashedOne() {
        chain("pi_a", 2);
        unhashed("pi_a", 2);

        ChainBreak broken = walk().firstBreak();

        assertThat(broken.kind()).isEqualTo(ChainBreak.HASH_MISSING);
        assertThat(broken.sequenceNumber()).isEqualTo(2);
    }

    @Test
    void refusesAFirstHashedEventThatDoesNotStartFromGenesis() {
        unhashed("pi_old", 0);
        store.add(hashed("pi_old", 1, "f".repeat(64), "forged link"));

        assertThat(walk().firstBreak().kind()).isEqualTo(ChainBreak.LINK_BROKEN);
    }

    @Test
    void namesAStoreThatEndsBeforeItsRecordedHead() {
        chain("pi_a", 2);
        heads.put("pi_a", new RecordedHead("pi_a", 4, "e".repeat(64)));
        heads.put("pi_gone", new RecordedHead("pi_gone", 0, null));

        ChainReport report = walk();

        assertThat(report.breaks()).isEqualTo(2);
        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(ChainBreak.MISSING_NEWEST_EVENTS, "pi_a", 4, null,
                "events up to sequence 4", "events up to sequence 1"));
    }

    @Test
    void namesNewestEventsThatWereReplaced() {
        chain("pi_a", 3);
        heads.put("pi_a", new RecordedHead("pi_a", 2, "e".repeat(64)));

        ChainBreak broken = walk().firstBreak();

        assertThat(broken.kind()).isEqualTo(ChainBreak.HEAD_MISMATCH);
        assertThat(broken.expected()).isEqualTo("e".repeat(64));
        assertThat(broken.found()).isEqualTo(store.get(2).hash());
    }

    private ChainReport walk() {
        ChainWalk walk = new ChainWalk(heads);
        store.forEach(walk::accept);
        return walk.finish(DIGEST, Instant.EPOCH);
    }

    private void chain(String id, int events) {
        String previous = EventChain.GENESIS;
        for (int sequence = 0; sequence < events; sequence++) {
            StoredEvent event = hashed(id, sequence, previous, "event " + sequence);
            store.add(event);
            previous = event.hash();
        }
    }

    private RecordedHead head(String id, long sequence) {
        return store.stream().filter(event -> event.event().aggregateId().equals(id)
                        && event.event().sequenceNumber() == sequence)
                .map(event -> new RecordedHead(id, sequence, event.hash())).findFirst().orElseThrow();
    }

    private void unhashed(String id, long sequence) {
        store.add(new StoredEvent(globalIndex++, fields(id, sequence, "before hashing"), null, null));
    }

    private StoredEvent hashed(String id, long sequence, String previous, String payload) {
        ChainedEvent fields = fields(id, sequence, payload);
        return new StoredEvent(globalIndex++, fields, EventChain.hash(previous, fields), previous);
    }

    private static ChainedEvent fields(String id, long sequence, String payload) {
        return new ChainedEvent("PaymentIntent", id, sequence, id + "-" + sequence, 1_700_000_000_000L + sequence,
                "java.lang.String", null, ("\"" + payload + "\"").getBytes(StandardCharsets.UTF_8));
    }
}
