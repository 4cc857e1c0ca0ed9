package io.paymentledger.query.admin;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprints cover every read model: each table or view the query side's migrations create. */
class ReadModelFingerprintsTest {

    private static final Pattern CREATED = Pattern.compile("CREATE\\s+(?:TABLE|VIEW)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    /** Axon's own tables (positions, parked events), the admin audit log and the recorded event chain heads (evidence,
     * never replayed): not read-model content. */
    private static final Set<String> NOT_READ_MODELS = Set.of("tokenentry", "deadletterentry", "admin_audit_log",
            "event_chain_head");

    @Test
    void fingerprintEveryTableTheQueryMigrationsCreate() throws IOException {
        Set<String> fingerprinted = ReadModelFingerprints.READ_MODELS.values().stream().flatMap(java.util.List::stream)
                .map(query -> query.replaceFirst("(?i)^SELECT \\* FROM (\\w+).*$", "$1").toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());

        Set<String> created = createdByQueryMigrations();

        assertThat(created).contains("payment_intent_view", "balance_intent", "api_event", "api_event_intent", "charge",
                "refund", "books_posting", "balance_transaction", "transfer", "transfer_reversal");
        assertThat(fingerprinted).containsAll(created.stream().filter(table -> !NOT_READ_MODELS.contains(table)).toList());
    }

    @Test
    void nameEachReadModelByItsProcessingGroup() {
        assertThat(ReadModelFingerprints.READ_MODELS).containsOnlyKeys("payment-intent-view", "balances", "api-events", "charges",
                "books", "transfers");
    }

    private static Set<String> createdByQueryMigrations() throws IOException {
        Set<String> tables = new TreeSet<>();
        for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/query/*.sql")) {
            Matcher matcher = CREATED.matcher(script.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
