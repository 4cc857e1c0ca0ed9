package io.paymentledger.query.admin;

import io.paymentledger.messages.paymentintent.Transfer;
import io.paymentledger.messages.paymentintent.TransferCreated;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuerySideTest
class AdminApiTest {

    private static final String ADMIN = "Bearer test-admin-key";

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    DeadLetters deadLetters;

    @Test
    void refusesRequestsWithoutTheAdminKey() throws Exception {
        mvc.perform(get("/admin/fingerprints")).andExpect(status().isUnauthorized())
           .andExpect(jsonPath("$.error.type").value("invalid_request_error"));
        mvc.perform(get("/admin/fingerprints").header("Authorization", "Bearer wrong")).andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/replay").header("Authorization", "test-admin-key")).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesEverythingWhileNoAdminKeyIsConfigured() throws Exception {
        AdminKeyInterceptor disabled = new AdminKeyInterceptor(new AdminProperties(""));
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.addHeader("Authorization", "Bearer ");
        org.springframework.mock.web.MockHttpServletResponse response = new org.springframework.mock.web.MockHttpServletResponse();

        assertThat(disabled.preHandle(request, response, new Object())).isFalse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void answersNotFoundForAProcessingGroupWithoutADeadLetterQueue() throws Exception {
        mvc.perform(post("/admin/dead-letters/no-such-group/retry").header("Authorization", ADMIN))
           .andExpect(status().isNotFound());
    }

    @Test
    void answersAFingerprintPerReadModel() throws Exception {
        mvc.perform(get("/admin/fingerprints").header("Authorization", ADMIN))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.payment-intent-view").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
           .andExpect(jsonPath("$.balances").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
           .andExpect(jsonPath("$.api-events").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void parksAPoisonEventAsADeadLetterAndKeepsProcessingOthers() throws Exception {
        String poison = anyIntentId();
        String healthy = anyIntentId();
        // No currency: the NOT NULL column refuses the row, in the four projections that keep it.
        publish(poison, created(poison, anyAccountId(), 1_000, null));
        publish(healthy, created(healthy, anyAccountId(), 1_000, "usd"));

        await().atMost(Duration.ofSeconds(30)).until(() -> parked(poison).size() == 4);
        assertThat(parked(poison)).extracting(DeadLetterView::processingGroup)
                .containsExactlyInAnyOrder("payment-intent-view", "balances", "charges", "books");
        mvc.perform(get("/admin/dead-letters").header("Authorization", ADMIN))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$[?(@.paymentIntentId == '" + poison + "')].eventType").value(
                   org.hamcrest.Matchers.hasItem("PaymentIntentCreated")));
        mvc.perform(post("/admin/dead-letters/payment-intent-view/retry").header("Authorization", ADMIN))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.succeeded").value(0));
        assertThat(parked(poison)).hasSize(4);
        assertThat(parked(healthy)).isEmpty();
    }

    @Test
    void parksAPoisonTransferInTheTransfersQueue() {
        String poison = anyIntentId();
        String account = anyAccountId();
        // No destination: the NOT NULL column refuses the transfer's row.
        publish(poison, new TransferCreated(poison, account, "ch_" + poison.substring(3),
                new Transfer("tr_" + poison.substring(3), null, 100, "usd")));

        await().atMost(Duration.ofSeconds(30)).until(() -> parked(poison).stream()
                .anyMatch(letter -> letter.processingGroup().equals("transfers")));
    }

    private List<DeadLetterView> parked(String paymentIntentId) {
        return deadLetters.list().stream().filter(letter -> paymentIntentId.equals(letter.paymentIntentId())).toList();
    }

    private void publish(String id, Object payload) {
        eventStore.publish(new GenericDomainEventMessage<>("PaymentIntent", id, 0, payload, Map.of(),
                java.util.UUID.randomUUID().toString(), T0));
    }
}
