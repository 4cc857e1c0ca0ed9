package io.paymentledger.ledger.events;

import java.time.Duration;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import io.paymentledger.ledger.api.DashboardBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's operations page in headless Chromium, in the context that has an admin key: the admin key is
 * asked for, a replay is started and its progress bar (refreshed by htmx) reaches 100 %, with the same
 * fingerprints before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardOperationsBrowserTest extends EventsEndToEndTest {

    private DashboardBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new DashboardBrowser(1280, 1100);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReplayStartedFromTheOperationsPageReachesOneHundredPercentWithTheSameFingerprints()
            throws StripeException {
        PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(4_200L).setCurrency("eur")
                .setPaymentMethod("pm_card_visa").setConfirm(true)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).setAllowRedirects(
                                PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects.NEVER).build())
                .build(), as(OPERATIONS));
        browser.open(baseUrl() + "/dashboard/sign-in");
        browser.find("#api_key").sendKeys(OPERATIONS);
        browser.clickAndWait("#sign-in button");
        browser.open(baseUrl() + "/dashboard/operations");

        browser.find("#admin_key").sendKeys("not-the-admin-key");
        browser.clickAndWait("#admin-sign-in button");
        assertThat(browser.text("#admin-error")).isEqualTo("That is not the admin key (ledger.admin.key).");
        browser.find("#admin_key").sendKeys(ADMIN_KEY);
        browser.clickAndWait("#admin-sign-in button");
        assertThat(browser.text("#fingerprints")).contains("payment-intent-view").contains("books");

        browser.clickAndWait("#start-replay");
        // htmx replaces the progress while it runs: an element read mid-swap is stale, and read again.
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                "completed".equals(browser.text("#replay-state")));
        assertThat(browser.text("#replay-percent")).isEqualTo("100 %");
        assertThat(browser.find("#replay-progress").getAttribute("value")).isEqualTo("100");
        assertThat(browser.text("#fingerprints-verdict")).isEqualTo("The read models are the same after the replay.");
        assertThat(browser.text("#fingerprints-compare")).contains("payment-intent-view");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("dashboard-operations");
    }

    @Test
    void anEventsDeliveryAttemptsAreListedAndItCanBeResent() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(receiver, OPERATIONS);
            PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(700L)
                    .setCurrency("usd").build(), as(OPERATIONS));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.accepted(intent.getId()).size() == 1);
            String eventId = receiver.accepted(intent.getId()).get(0).getId();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    com.stripe.model.Event.retrieve(eventId, as(OPERATIONS)).getPendingWebhooks() == 0);

            browser.open(baseUrl() + "/dashboard/sign-in");
            browser.find("#api_key").sendKeys(OPERATIONS);
            browser.clickAndWait("#sign-in button");
            browser.open(baseUrl() + "/dashboard/developers/events/" + eventId);
            assertThat(browser.text("#attempts")).contains("200").contains(" ms");
            browser.clickAndWait("#resend");

            assertThat(browser.text("#resent")).isEqualTo("Sent again to its webhook endpoints.");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.accepted(intent.getId()).size() == 2);
            assertThat(receiver.accepted(intent.getId())).extracting(com.stripe.model.Event::getId)
                    .containsOnly(eventId);
            browser.screenshot("dashboard-resend");
            // Audited like the API's resend: the key's label, the account and the answer, never the key.
            String path = "/dashboard/developers/events/" + eventId + "/resend";
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    get(ADMIN_KEY, "/admin/audit-log?limit=100").body().contains(path));
            com.fasterxml.jackson.databind.JsonNode entry = auditEntry(path);
            assertThat(entry.path("keyId").asText()).isEqualTo("sk_test_…s010");
            assertThat(entry.path("parameters").asText()).isEqualTo("account=acct_ev_operations");
            assertThat(entry.path("status").asInt()).isEqualTo(302);
            assertThat(get(ADMIN_KEY, "/admin/audit-log?limit=100").body()).doesNotContain(OPERATIONS);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode auditEntry(String path) throws Exception {
        for (com.fasterxml.jackson.databind.JsonNode entry : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(get(ADMIN_KEY, "/admin/audit-log?limit=100").body()).path("data")) {
            if (entry.path("path").asText().equals(path)) {
                return entry;
            }
        }
        throw new AssertionError("no audit entry for " + path);
    }
}
