package io.paymentledger.ledger.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.model.PaymentIntent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's actions leave the same audit trail in the events as the API's: each event a capture, a refund or a
 * cancel made from the dashboard carries the signed-in key's id, the request id and the confirmation's idempotency
 * key in its metadata (read back through {@code GET /v1/payment_intents/{id}/history}).
 */
class DashboardActionsTest extends StripeApiTest {

    private final DashboardClient dashboard = new DashboardClient();

    @Test
    void captureRefundAndCancelFromTheDashboardCarryTheKeyIdInTheirEvents() throws Exception {
        dashboard.signIn(baseUrl(), DASHBOARD);
        PaymentIntent captured = authorized(DASHBOARD, 3_000);
        PaymentIntent canceled = authorized(DASHBOARD, 1_000);

        act(captured.getId(), "capture", "2000", "dash_capture_" + uniqueKey());
        act(captured.getId(), "refund", "500", "dash_refund_" + uniqueKey());
        act(canceled.getId(), "cancel", "", "dash_cancel_" + uniqueKey());

        assertThat(PaymentIntent.retrieve(captured.getId(), as(DASHBOARD)).getAmountReceived()).isEqualTo(2_000L);
        assertThat(PaymentIntent.retrieve(canceled.getId(), as(DASHBOARD)).getStatus()).isEqualTo("canceled");
        assertThat(dashboardEvents(captured.getId())).extracting(event -> event.path("type").asText())
                .contains("PaymentIntentSucceeded", "RefundCreated");
        assertThat(dashboardEvents(canceled.getId())).extracting(event -> event.path("type").asText())
                .contains("PaymentIntentCanceled");
        for (String id : List.of(captured.getId(), canceled.getId())) {
            for (JsonNode event : dashboardEvents(id)) {
                JsonNode metadata = event.path("metadata");
                assertThat(metadata.path("apiKeyId").asText()).as(event.path("type").asText()).isEqualTo("dddd");
                assertThat(metadata.path("accountId").asText()).isEqualTo("acct_e2e_dashboard");
                assertThat(metadata.path("requestId").asText()).startsWith("req_");
            }
        }
    }

    /** Posts an action's confirmation, as the confirmation page's "Yes" does. */
    private void act(String id, String action, String amount, String idempotencyKey) throws Exception {
        String path = "/dashboard/payments/" + id;
        String csrf = DashboardClient.csrf(dashboard.get(baseUrl(), path));
        HttpResponse<String> done = dashboard.post(baseUrl(), path + "/" + action, csrf, "confirmed=yes&amount="
                + amount + "&idempotency_key=" + idempotencyKey);
        assertThat(done.statusCode()).as(action + ": " + done.body()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith(path + "?done=" + action));
    }

    /** The intent's events whose idempotency key is a dashboard confirmation's. */
    private List<JsonNode> dashboardEvents(String id) throws Exception {
        JsonNode history = new ObjectMapper().readTree(send(request("/v1/payment_intents/" + id + "/history",
                DASHBOARD).GET()).body());
        List<JsonNode> events = new ArrayList<>();
        history.path("data").forEach(event -> {
            if (event.path("metadata").path("idempotencyKey").asText().startsWith("dash_")) {
                events.add(event);
            }
        });
        return events;
    }
}
