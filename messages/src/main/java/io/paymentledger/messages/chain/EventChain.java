package io.paymentledger.messages.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of each aggregate's events (docs/books.md, "Verifying the event chain"). Every event appended
 * carries in its metadata {@link #HASH} = SHA-256 over {@link #VERSION}, the {@link #PREVIOUS} hash and the
 * {@link ChainedEvent} fields, each written as a 4-byte length and its bytes (so no two field lists encode alike).
 * {@link #PREVIOUS} is the hash of the aggregate's event before it, or {@link #GENESIS} for its first event and
 * for the first event after history stored before hashing existed. The command side writes it; the query side
 * recomputes it from the stored rows. Changing this encoding breaks every stored chain: add a new version instead.
 */
public final class EventChain {

    public static final String HASH = "ledgerChainHash";
    public static final String PREVIOUS = "ledgerChainPrevious";
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "ledger-event-chain/1";

    private EventChain() {
    }

    public static String hash(String previous, ChainedEvent event) {
        MessageDigest digest = sha256();
        write(digest, VERSION);
        write(digest, previous);
        write(digest, event.aggregateType());
        write(digest, event.aggregateId());
        write(digest, Long.toString(event.sequenceNumber()));
        write(digest, event.eventId());
        write(digest, Long.toString(event.timestampMillis()));
        write(digest, event.payloadType());
        write(digest, event.payloadRevision() == null ? "" : event.payloadRevision());
        write(digest, event.payload());
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void write(MessageDigest digest, String value) {
        write(digest, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }

    private static void write(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        digest.update(value);
    }
}
