package io.paymentledger.query.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.messages.paymentintent.BalancesView;
import io.paymentledger.messages.paymentintent.CurrencyBalance;
import io.paymentledger.messages.paymentintent.FindBalances;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
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
import static io.paymentledger.query.PaymentIntentEvents.requiresAction;
import static io.paymentledger.query.PaymentIntentEvents.succeeded;
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

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void replayRebuildsReadModelsWithTheSameFingerprintsAsBefore() throws Exception {
        // Rows other tests wrote straight through the handlers are not in the event store: rebuild without them.
        replayThroughTheAdminApi();
        int events = publishHistory();
        assertThat(events).isGreaterThan(3_000);
        await().atMost(Duration.ofSeconds(120)).until(replay::caughtUp);
        Map<String, String> before = fingerprints.all();
        BalancesView balancesBefore = balances(accounts.get(0));

        JsonNode progress = replayThroughTheAdminApi();

        assertThat(progress.get("state").asText()).isEqualTo(ReplayProgress.COMPLETED);
        assertThat(progress.get("processed").asLong()).isEqualTo(progress.get("total").asLong());
        assertThat(fingerprints.all()).isEqualTo(before);
        assertThat(balances(accounts.get(0))).isEqualTo(balancesBefore);
        CurrencyBalance usd = balancesBefore.currencies().stream()
                .filter(balance -> balance.currency().equals("usd")).findFirst().orElseThrow();
        assertThat(usd.released()).isPositive();
        assertThat(usd.countByStatus().get(PaymentIntentStatus.CANCELED)).isPositive();
    }

    private JsonNode replayThroughTheAdminApi() throws Exception {
        mvc.perform(post("/admin/replay").header("Authorization", ADMIN)).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(120)).until(() -> progress().get("state").asText()
                .equals(ReplayProgress.COMPLETED));
        return progress();
    }

    private JsonNode progress() throws Exception {
        String body = mvc.perform(get("/admin/replay").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private BalancesView balances(String account) throws Exception {
        return queryGateway.query(new FindBalances(account), instanceOf(BalancesView.class)).get();
    }

    /** Six life cycles in turn, incl. partial captures, cancellations, declines, currency changes and 3DS. */
    private int publishHistory() {
        int published = 0;
        for (int i = 0; i < INTENTS; i++) {
            String account = accounts.get(i / 6 % accounts.size());
            String id = "pi_replay" + i + "x" + account.substring(5);
            long amount = 1_000 + i;
            List<Object> lifeCycle = new ArrayList<>(List.of(created(id, account, amount, "usd")));
            switch (i % 6) {
                case 0 -> lifeCycle.addAll(List.of(attached(id, account), authorized(id, account, amount),
                        succeeded(id, account, amount, 0)));
                case 1 -> lifeCycle.addAll(List.of(attached(id, account), authorized(id, account, amount),
                        succeeded(id, account, amount - 400, 400)));
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
