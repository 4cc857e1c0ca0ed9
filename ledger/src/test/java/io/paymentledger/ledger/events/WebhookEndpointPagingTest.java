package io.paymentledger.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.stripe.model.WebhookEndpoint;
import com.stripe.param.WebhookEndpointCreateParams;
import com.stripe.param.WebhookEndpointListParams;
import org.junit.jupiter.api.Test;

/** stripe-java's auto-paging over the webhook endpoints visits each once and stops (it looped before cursors). */
class WebhookEndpointPagingTest extends EventsEndToEndTest {

    @Test
    void autoPagingVisitsEveryEndpointOnceAndStops() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(WebhookEndpoint.create(WebhookEndpointCreateParams.builder()
                    .setUrl("http://127.0.0.1:9/hooks/" + i)
                    .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ALL).build(), as(PAGING)).getId());
        }

        List<String> visited = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<String> ids = new ArrayList<>();
            for (WebhookEndpoint endpoint : WebhookEndpoint.list(WebhookEndpointListParams.builder().setLimit(2L)
                    .build(), as(PAGING)).autoPagingIterable()) {
                ids.add(endpoint.getId());
                if (ids.size() > 50) {
                    break; // Looping: the assertion below says so.
                }
            }
            return ids;
        });

        assertThat(visited).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
    }
}
