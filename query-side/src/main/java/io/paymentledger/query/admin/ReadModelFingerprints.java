package io.paymentledger.query.admin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSetMetaData;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SHA-256 of each read model's content: every table of the model, every row in primary-key order, every
 * column in table order. Equal content gives equal fingerprints, so auditors can compare them before and after
 * a replay. Rows are streamed into the digest, never held in memory.
 */
@Component
public class ReadModelFingerprints {

    /**
     * The read models (named by processing group) and their tables with the ORDER BY that makes the row order total.
     * Every table and view the query side's migrations create, except Axon's token and dead-letter tables, is here
     * ({@code ReadModelFingerprintsTest}).
     */
    static final Map<String, List<String>> READ_MODELS = Map.of(
            "payment-intent-view", List.of(
                    "SELECT * FROM payment_intent_view ORDER BY id",
                    "SELECT * FROM payment_intent_metadata ORDER BY payment_intent_id, meta_key"),
            "balances", List.of(
                    "SELECT * FROM balance_intent ORDER BY payment_intent_id",
                    // Totals left at zero stay as rows, which a replay need not write again: left out.
                    "SELECT * FROM balance_total WHERE intents <> 0 ORDER BY account_id, currency",
                    "SELECT * FROM balance_status_total WHERE intents <> 0 ORDER BY account_id, currency, status",
                    "SELECT * FROM account_balance ORDER BY account_id, currency",
                    "SELECT * FROM account_status_count ORDER BY account_id, currency, status"),
            "charges", List.of(
                    "SELECT * FROM charge_intent ORDER BY payment_intent_id",
                    "SELECT * FROM charge ORDER BY id",
                    "SELECT * FROM refund ORDER BY id"),
            "books", List.of(
                    "SELECT * FROM books_intent ORDER BY payment_intent_id",
                    "SELECT * FROM books_entry ORDER BY id",
                    "SELECT * FROM books_posting ORDER BY entry_id, line",
                    "SELECT * FROM books_account ORDER BY account_id, currency, ledger_account",
                    "SELECT * FROM balance_transaction ORDER BY id",
                    "SELECT * FROM books_day ORDER BY account_id, currency, ledger_account, created_on",
                    "SELECT * FROM balance_transaction_day ORDER BY account_id, currency, created_on"),
            "api-events", List.of(
                    "SELECT * FROM api_event ORDER BY id",
                    "SELECT * FROM api_event_intent ORDER BY payment_intent_id",
                    "SELECT * FROM api_event_refund ORDER BY refund_id"),
            "transfers", List.of(
                    "SELECT * FROM transfer ORDER BY id",
                    "SELECT * FROM transfer_reversal ORDER BY id"));

    private static final char FIELD = 0x1f;
    private static final char ROW = 0x1e;

    private final JdbcTemplate jdbc;

    ReadModelFingerprints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Read model name → lowercase hex SHA-256, in name order. */
    public Map<String, String> all() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        READ_MODELS.keySet().stream().sorted().forEach(name -> fingerprints.put(name, of(READ_MODELS.get(name))));
        return fingerprints;
    }

    private String of(List<String> queries) {
        MessageDigest digest = sha256();
        for (String query : queries) {
            update(digest, query);
            digest.update((byte) ROW);
            jdbc.query(query, rs -> {
                ResultSetMetaData columns = rs.getMetaData();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String value = rs.getString(i);
                    update(digest, value == null ? "\u0000" : value);
                    digest.update((byte) FIELD);
                }
                digest.update((byte) ROW);
            });
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
