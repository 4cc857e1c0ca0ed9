package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentPage;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.attached;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuerySideTest
class PaymentIntentListTest {

    private static final AtomicLong POSITIONS = new AtomicLong(1_000_000);

    private final String account = anyAccountId();

    @Autowired
    PaymentIntentProjection projection;
    @Autowired
    PaymentIntentQueryHandlers queries;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void listsNewestFirstEvenWithinOneSecond() {
        String first = create(0, "usd", null, Map.of());
        String second = create(0, "usd", null, Map.of());
        String third = create(1, "usd", null, Map.of());

        assertThat(ids(list(10, null, null))).containsExactly(third, second, first);
    }

    @Test
    void pagesForwardWithStartingAfterWithoutRepeatsOrGapsWhileIntentsArrive() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(create(i / 2, "usd", null, Map.of()));
        }

        PaymentIntentPage page1 = list(3, null, null);
        create(100, "usd", null, Map.of());
        create(3, "usd", null, Map.of());
        PaymentIntentPage page2 = list(3, last(page1), null);
        create(101, "usd", null, Map.of());
        PaymentIntentPage page3 = list(3, last(page2), null);

        List<String> seen = new ArrayList<>(ids(page1));
        seen.addAll(ids(page2));
        seen.addAll(ids(page3));
        assertThat(seen).containsExactlyElementsOf(reversed(created));
        assertThat(page1.hasMore()).isTrue();
        assertThat(page2.hasMore()).isTrue();
        assertThat(page3.hasMore()).isFalse();
    }

    @Test
    void pagesBackwardWithEndingBeforeStillNewestFirst() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(i, "usd", null, Map.of()));
        }

        PaymentIntentPage newer = list(2, null, created.get(1));

        assertThat(ids(newer)).containsExactly(created.get(3), created.get(2));
        assertThat(newer.hasMore()).isTrue();
        assertThat(ids(list(2, null, created.get(3)))).containsExactly(created.get(4));
        assertThat(list(2, null, created.get(3)).hasMore()).isFalse();
    }

    @Test
    void filtersByCustomerStatusCurrencyCreatedAndMetadata() {
        String match = create(10, "eur", "cus_a", Map.of("order", "7", "tier", "gold"));
        projection.on(attached(match, account), T0, 1);
        create(10, "usd", "cus_a", Map.of("order", "7"));
        create(20, "eur", "cus_b", Map.of("order", "7"));
        create(5, "eur", "cus_a", Map.of("order", "8"));

        PaymentIntentPage page = queries.handle(new ListPaymentIntents(account, "cus_a",
                PaymentIntentStatus.REQUIRES_CONFIRMATION, "EUR",
                new CreatedRange(null, T0.getEpochSecond() + 10, null, T0.getEpochSecond() + 10),
                Map.of("order", "7"), 10, null, null));

        assertThat(ids(page)).containsExactly(match);
    }

    /** H2 reads a page in index order and stops after it, instead of reading and sorting the whole account. */
    @Test
    void aPageReadsOnlyItsOwnRowsFromTheOrderIndex() {
        for (int i = 0; i < 60; i++) {
            create(i, "usd", i % 2 == 0 ? "cus_even" : null, Map.of());
        }
        for (boolean oldestFirst : new boolean[]{false, true}) {
            SqlWhere where = new SqlWhere();
            where.and("v.account_id = " + where.bind(account));
            String plan = jdbc.queryForObject("EXPLAIN ANALYZE " + PaymentIntentRows.selectSql(where, oldestFirst, 11),
                    where.parameters(), String.class);
            assertThat(plan).contains("IX_PAYMENT_INTENT_VIEW_ORDER").contains("/* scanCount: 11 */")
                    .contains("/* index sorted */");
        }
    }

    @Test
    void refusesAnUnknownOrForeignCursor() {
        String foreign = anyIntentId();
        projection.on(created(foreign, anyAccountId(), 1_000, "usd"), T0, 0, nextPosition());

        assertThatThrownBy(() -> list(10, foreign, null))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> assertRejected(e, "starting_after"));
        assertThatThrownBy(() -> list(10, null, "pi_unknown"))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> assertRejected(e, "ending_before"));
    }

    @Test
    void refusesALimitOutsideOneToAHundred() {
        assertThatThrownBy(() -> list(101, null, null)).isInstanceOf(QueryExecutionException.class);
        assertThatThrownBy(() -> list(0, null, null)).isInstanceOf(QueryExecutionException.class);
    }

    private static void assertRejected(QueryExecutionException e, String param) {
        PaymentRejection rejection = (PaymentRejection) e.getDetails().orElseThrow();
        assertThat(rejection.error().code()).isEqualTo(PaymentErrorCode.RESOURCE_MISSING);
        assertThat(rejection.error().param()).isEqualTo(param);
    }

    private String create(long second, String currency, String customer, Map<String, String> metadata) {
        String id = anyIntentId();
        projection.on(created(id, account, 1_000, currency, details(customer, metadata)), T0.plusSeconds(second), 0,
                nextPosition());
        return id;
    }

    private static GlobalSequenceTrackingToken nextPosition() {
        return new GlobalSequenceTrackingToken(POSITIONS.incrementAndGet());
    }

    private PaymentIntentPage list(int limit, String startingAfter, String endingBefore) {
        return queries.handle(new ListPaymentIntents(account, null, null, null, null, null, limit, startingAfter,
                endingBefore));
    }

    private static String last(PaymentIntentPage page) {
        return page.data().get(page.data().size() - 1).id();
    }

    private static List<String> ids(PaymentIntentPage page) {
        return page.data().stream().map(PaymentIntentView::id).toList();
    }

    private static List<String> reversed(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
