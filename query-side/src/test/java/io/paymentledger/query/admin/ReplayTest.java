package io.paymentledger.query.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.messages.paymentintent.BalancesView;
import io.paymentledger.messages.paymentintent.CurrencyBalance;
import io.paymentledger.messages.paymentintent.FindBalances;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.attached;
import static io.paymentledger.query.PaymentIntentEvents.authenticated;
import static io.paymentledger.query.PaymentIntentEvents.authorized;
import static io.paymentledger.query.PaymentIntentEvents.canceled;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.declined;
import static io.paymentledger.query.PaymentIntentEvents.details;
import static io.paymentledger.query.PaymentIntentEvents.processing;
import static io.paymentledger.query.PaymentIntentEvents.refundFailed;
import static io.paymentledger.query.PaymentIntentEvents.refunded;
import static io.paymentledger.query.PaymentIntentEvents.requiresAction;
import static io.paymentledger.query.PaymentIntentEvents.succeeded;
import static io.paymentledger.query.PaymentIntentEvents.transferReversed;
import static io.paymentledger.query.PaymentIntentEvents.transferred;
import static io.paymentledger.query.PaymentIntentEvents.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.messaging.responsetypes.ResponseTypes.instanceOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuerySideTest
class ReplayTest {

    private static final int INTENTS = 720;
    private static final String ADMIN = "Bearer test-admin-key";

    private final List<String> accounts = List.of(anyAccountId(), anyAccountId(), anyAccountId());

    @Autowired
    EventStore eventStore;
    @Autowired
    ReadModelReplay replay;
    @Autowired
    ReadModelFingerprints fingerprints;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void replayRebuildsReadModelsWithTheSameFingerprintsAsBefore() throws Exception {
        // Rows other tests wrote straight through the handlers are not in the event store: rebuild without them.
        replayThroughTheAdminApi();
        int events = publishHistory();
        assertThat(events).isGreaterThan(3_000);
        await().atMost(Duration.ofSeconds(300)).until(replay::caughtUp);
        Map<String, String> before = settledFingerprints();
        assertThat(before).containsOnlyKeys("payment-intent-view", "balances", "api-events", "charges", "books",
                "transfers");
        assertThat(reversalRows()).isEqualTo(INTENTS / 6);
        long apiEvents = apiEventRows();
        assertThat(apiEvents).isGreaterThanOrEqualTo(INTENTS);
        BalancesView balancesBefore = balances(accounts.get(0));

        JsonNode progress = replayThroughTheAdminApi();

        assertThat(progress.get("state").asText()).isEqualTo(ReplayProgress.COMPLETED);
        assertThat(progress.get("processed").asLong()).isEqualTo(progress.get("total").asLong());
        JsonNode books = booksCheckAfter();
        assertThat(books.get("discrepancies")).isEmpty();
        assertThat(books.get("passed").asBoolean()).isTrue();
        assertThat(books.get("entries").asLong()).isGreaterThan(INTENTS);
        // A processor reports its position just before its last batch commits: allow that commit to land.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fingerprints.all()).isEqualTo(before));
        assertThat(balances(accounts.get(0))).isEqualTo(balancesBefore);
        assertThat(apiEventRows()).isEqualTo(apiEvents);
        assertThat(reversalRows()).isEqualTo(INTENTS / 6);
        CurrencyBalance usd = balancesBefore.currencies().stream()
                .filter(balance -> balance.currency().equals("usd")).findFirst().orElseThrow();
        assertThat(usd.released()).isPositive();
        assertThat(usd.countByStatus().get(PaymentIntentStatus.CANCELED)).isPositive();
    }

    /** The fingerprints once two readings a second apart agree, i.e. the last batch has committed. */
    private Map<String, String> settledFingerprints() {
        AtomicReference<Map<String, String>> previous = new AtomicReference<>(fingerprints.all());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> previous.getAndSet(fingerprints.all()).equals(previous.get()));
        return previous.get();
    }

    private JsonNode replayThroughTheAdminApi() throws Exception {
        mvc.perform(post("/admin/replay").header("Authorization", ADMIN)).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(300)).until(() -> progress().get("state").asText()
                .equals(ReplayProgress.COMPLETED));
        return progress();
    }

    /** The books check the replay runs once it has completed. */
    private JsonNode booksCheckAfter() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> progress().hasNonNull("booksCheck"));
        return progress().get("booksCheck");
    }

    private JsonNode progress() throws Exception {
        String body = mvc.perform(get("/admin/replay").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** The reversals of this history's transfers (every sixth intent sends one on and has it reversed). */
    private long reversalRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM transfer_reversal WHERE transfer_id LIKE 'tr_replay%'",
                Long.class);
    }

    private long apiEventRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM api_event", Long.class);
    }

    private BalancesView balances(String account) throws Exception {
        return queryGateway.query(new FindBalances(account), instanceOf(BalancesView.class)).get();
    }

    /** Six life cycles in turn, incl. partial captures, cancellations, declines, currency changes and 3DS. */
    private int publishHistory() {
        int published = 0;
        for (int i = 0; i < INTENTS; i++) {
            String account = accounts.get(i / 6 % accounts.size());
            String destination = accounts.get((i / 6 + 1) % accounts.size());
            String id = "pi_replay" + i + "x" + account.substring(5);
            long amount = 1_000 + i;
            List<Object> lifeCycle = new ArrayList<>(List.of(created(id, account, amount, "usd")));
            switch (i % 6) {
                case 0 -> lifeCycle.addAll(List.of(attached(id, account), authorized(id, account, amount),
                        succeeded(id, account, amount, 0), transferred(id, account, destination, 200),
                        refunded(id, account, "re_a" + id.substring(3), 300, RefundStatus.SUCCEEDED),
                        transferReversed(id, account, destination, 200, T0.plusSeconds(i / 3).plusMillis(40),
                                "re_a" + id.substring(3), 200 * 300 / amount, 200 * 300 / amount)));
                case 1 -> lifeCycle.addAll(List.of(attached(id, account), authorized(id, account, amount),
                        succeeded(id, account, amount - 400, 400),
                        refunded(id, account, "re_b" + id.substring(3), 200, RefundStatus.PENDING),
                        refundFailed(id, account, "re_b" + id.substring(3), 200)));
                case 2 -> lifeCycle.addAll(List.of(attached(id, account), authorized(id, account, amount),
                        canceled(id, account, amount)));
                case 3 -> lifeCycle.addAll(List.of(attached(id, account), declined(id, account),
                        attached(id, account), succeeded(id, account, amount, 0)));
                case 4 -> lifeCycle.add(canceled(id, account, 0));
                default -> lifeCycle.addAll(List.of(updated(id, account, amount, "eur", details("cus_" + i,
                                Map.of("order", "o" + i)), PaymentIntentStatus.REQUIRES_PAYMENT_METHOD),
                        attached(id, account), requiresAction(id, account), authenticated(id, account),
                        processing(id, account, amount), succeeded(id, account, amount, 0)));
            }
            List<DomainEventMessage<?>> messages = new ArrayList<>();
            for (int sequence = 0; sequence < lifeCycle.size(); sequence++) {
                Instant at = T0.plusSeconds(i / 3).plusMillis(sequence * 10L);
                messages.add(new GenericDomainEventMessage<>("PaymentIntent", id, sequence, lifeCycle.get(sequence),
                        Map.of("accountId", account), java.util.UUID.randomUUID().toString(), at));
            }
            eventStore.publish(messages);
            published += messages.size();
        }
        return published;
    }
}
