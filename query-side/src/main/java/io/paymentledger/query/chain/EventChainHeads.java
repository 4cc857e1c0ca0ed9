package io.paymentledger.query.chain;

import io.paymentledger.messages.chain.EventChain;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The table {@code event_chain_head}: each aggregate's newest event as recorded, and their global digest. */
@Component
public class EventChainHeads {

    private static final int PAGE = 1_000;
    private static final String PAGE_SQL = "SELECT aggregate_id, sequence_number, hash FROM event_chain_head"
            + " WHERE aggregate_id > ? ORDER BY aggregate_id LIMIT " + PAGE;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EventChainHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** Moves the aggregate's head forward to this event; an older or equal sequence number changes nothing. */
    void record(String aggregateId, String aggregateType, long sequence, String hash, Long globalIndex) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE event_chain_head SET aggregate_type = ?, sequence_number = ?, hash = ?,"
                        + " global_index = ?, recorded_at = ? WHERE aggregate_id = ? AND sequence_number < ?",
                aggregateType, sequence, hash, globalIndex, now, aggregateId, sequence);
        if (updated == 0) {
            jdbc.update("INSERT INTO event_chain_head (aggregate_id, aggregate_type, sequence_number, hash,"
                            + " global_index, recorded_at) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                            + " (SELECT 1 FROM event_chain_head WHERE aggregate_id = ?)",
                    aggregateId, aggregateType, sequence, hash, globalIndex, now, aggregateId);
        }
    }

    Map<String, RecordedHead> all() {
        Map<String, RecordedHead> heads = new HashMap<>();
        forEachPage(page -> page.forEach(head -> heads.put(head.aggregateId(), head)));
        return heads;
    }

    /** The digest of every recorded head, sorted by aggregate id here (not by the database's collation). */
    ChainDigest digest(Map<String, RecordedHead> heads) {
        MessageDigest digest = EventChain.sha256();
        long events = 0;
        for (RecordedHead head : heads.values().stream().sorted(Comparator.comparing(RecordedHead::aggregateId))
                .toList()) {
            digest.update((head.aggregateId() + '\u001f' + head.sequence() + '\u001f'
                    + (head.hash() == null ? "" : head.hash()) + '\u001e').getBytes(StandardCharsets.UTF_8));
            events += head.sequence() + 1;
        }
        return new ChainDigest(HexFormat.of().formatHex(digest.digest()), heads.size(), events, clock.instant());
    }

    private void forEachPage(Consumer<List<RecordedHead>> action) {
        String after = "";
        while (true) {
            List<RecordedHead> page = jdbc.query(PAGE_SQL, (rs, row) -> new RecordedHead(rs.getString(1),
                    rs.getLong(2), rs.getString(3)), after);
            action.accept(page);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).aggregateId();
        }
    }
}
