package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.paymentintent.PaymentIntentSearchResult;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.SearchPaymentIntents;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.authorized;
import static io.paymentledger.query.PaymentIntentEvents.canceled;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.details;
import static io.paymentledger.query.PaymentIntentEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuerySideTest
class PaymentIntentSearchTest {

    private static final AtomicLong POSITIONS = new AtomicLong(2_000_000);

    private final String account = anyAccountId();
    private String small;
    private String large;
    private String canceled;
    private String euro;

    @Autowired
    PaymentIntentProjection projection;
    @Autowired
    PaymentIntentQueryHandlers queries;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void intents() {
        small = create(1, 500, "usd", "cus_1", Map.of("order_id", "6735"));
        large = create(2, 5_000, "usd", "cus_2", Map.of("order_id", "9000", "note", "Rush_Order 100%"));
        projection.on(authorized(large, account, 5_000), T0, 1);
        projection.on(succeeded(large, account, 5_000, 0), T0, 2);
        canceled = create(3, 2_000, "usd", null, Map.of());
        projection.on(canceled(canceled, account, 0), T0, 1);
        euro = create(4, 800, "eur", "cus_1", Map.of());
        create(5, 900, "usd", "cus_1", Map.of("order_id", "6735"), anyAccountId());
    }

    @Test
    void matchesStatusAndAmount() {
        assertThat(search("status:'succeeded' AND amount>1000")).containsExactly(large);
    }

    @Test
    void matchesWithOrNewestFirst() {
        assertThat(search("customer:'cus_1' OR customer:'cus_2'")).containsExactly(euro, large, small);
    }

    @Test
    void negatesAClauseIncludingIntentsWithoutTheValue() {
        assertThat(search("-customer:'cus_1'")).containsExactly(canceled, large);
        assertThat(search("-status:'canceled'")).containsExactly(euro, large, small);
    }

    @Test
    void matchesMetadataExactlyBySubstringAndByAbsence() {
        assertThat(search("metadata['order_id']:'6735'")).containsExactly(small);
        assertThat(search("metadata['note']~'rush_'")).containsExactly(large);
        assertThat(search("metadata['note']~'100%'")).containsExactly(large);
        assertThat(search("metadata['note']~'rus_'")).isEmpty();
        assertThat(search("metadata['order_id']:null")).containsExactly(euro, canceled);
    }

    @Test
    void matchesCurrencyCaseInsensitivelyAndCreatedRanges() {
        long second = T0.getEpochSecond();
        assertThat(search("currency:'EUR'")).containsExactly(euro);
        assertThat(search("created>=" + (second + 2) + " AND created<" + (second + 4))).containsExactly(canceled, large);
        assertThat(search("amount=500")).containsExactly(small);
    }

    @Test
    void pagesWithAnOpaqueNextPageToken() {
        PaymentIntentSearchResult first = queries.handle(new SearchPaymentIntents(account, "amount>0", 3, null, true));
        PaymentIntentSearchResult second = queries.handle(
                new SearchPaymentIntents(account, "amount>0", 3, first.nextPage(), false));

        assertThat(ids(first)).containsExactly(euro, canceled, large);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.totalCount()).isEqualTo(4);
        assertThat(second.totalCount()).as("counted only when asked").isNull();
        assertThat(ids(second)).containsExactly(small);
        assertThat(second.hasMore()).isFalse();
        assertThat(second.nextPage()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "status:'x' OR 1=1 --",
        "status:'x'' OR ''1''=''1'",
        "customer:'x'); DELETE FROM payment_intent_view; --",
        "metadata['a'' OR 1=1 --']:'b'",
    })
    void neverLetsAQueryReachTheSqlText(String injection) {
        int rowsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM payment_intent_view", Integer.class);

        List<String> found = new ArrayList<>();
        try {
            found.addAll(search(injection));
        } catch (QueryExecutionException refused) {
            PaymentRejection rejection = (PaymentRejection) refused.getDetails().orElseThrow();
            assertThat(rejection.error().code()).isEqualTo(PaymentErrorCode.INVALID_REQUEST);
            assertThat(rejection.error().param()).isEqualTo("query");
        }

        assertThat(found).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_intent_view", Integer.class))
                .isGreaterThanOrEqualTo(rowsBefore);
    }

    @Test
    void refusesASyntaxErrorAsAnInvalidRequestOnQuery() {
        assertThatThrownBy(() -> search("status:'succeeded' AND amount>1 OR amount<5"))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> {
                    PaymentRejection rejection = (PaymentRejection) e.getDetails().orElseThrow();
                    assertThat(rejection.error().param()).isEqualTo("query");
                    assertThat(rejection.error().message()).contains("AND and OR cannot be combined");
                });
    }

    @Test
    void refusesAForgedPageToken() {
        assertThatThrownBy(() -> queries.handle(new SearchPaymentIntents(account, "amount>0", 3, "not-a-token", false)))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> assertThat(
                        ((PaymentRejection) e.getDetails().orElseThrow()).error().param()).isEqualTo("page"));
    }

    private List<String> search(String query) {
        return ids(queries.handle(new SearchPaymentIntents(account, query, 10, null, false)));
    }

    private static List<String> ids(PaymentIntentSearchResult result) {
        return result.data().stream().map(PaymentIntentView::id).toList();
    }

    private String create(long second, long amount, String currency, String customer, Map<String, String> metadata) {
        return create(second, amount, currency, customer, metadata, account);
    }

    private String create(long second, long amount, String currency, String customer, Map<String, String> metadata,
                          String owner) {
        String id = anyIntentId();
        projection.on(created(id, owner, amount, currency, details(customer, metadata)), T0.plusSeconds(second), 0,
                new GlobalSequenceTrackingToken(POSITIONS.incrementAndGet()));
        return id;
    }
}
