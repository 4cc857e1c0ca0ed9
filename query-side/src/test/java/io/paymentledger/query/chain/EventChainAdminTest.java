package io.paymentledger.query.chain;

import io.micrometer.core.instrument.MeterRegistry;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin API of the event chain on the query side alone. Its events are published without the command side's
 * interceptor, so they count as stored before hashing; the heads are recorded all the same.
 */
@QuerySideTest
class EventChainAdminTest {

    private static final String ADMIN = "Bearer test-admin-key";

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry registry;

    @Test
    void refusesWithoutTheAdminKey() throws Exception {
        mvc.perform(post("/admin/event-chain/verify")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/event-chain")).andExpect(status().isUnauthorized());
    }

    @Test
    void recordsHeadsVerifiesAndShowsTheLastResult() throws Exception {
        String id = anyIntentId();
        eventStore.publish(new GenericDomainEventMessage<>("PaymentIntent", id, 0, "first"),
                new GenericDomainEventMessage<>("PaymentIntent", id, 1, "second"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT sequence_number FROM event_chain_head WHERE aggregate_id = ?", Long.class, id).contains(1L));

        mvc.perform(post("/admin/event-chain/verify").header("Authorization", ADMIN))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.state").isString())
           .andExpect(jsonPath("$.eventsBeforeHashing").value(greaterThanOrEqualTo(2)))
           .andExpect(jsonPath("$.headsChecked").value(greaterThanOrEqualTo(1)))
           .andExpect(jsonPath("$.digest.digest").value(matchesPattern("[0-9a-f]{64}")));

        mvc.perform(get("/admin/event-chain").header("Authorization", ADMIN))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.digest.aggregates").value(greaterThanOrEqualTo(1)))
           .andExpect(jsonPath("$.lastVerification.checkedAt").isString());
        assertThat(registry.get("ledger.event-chain.checked-events").gauge().value()).isGreaterThanOrEqualTo(2);
        assertThat(registry.get("ledger.event-chain.breaks").gauge().value()).isNotNaN();
    }
}
