package io.paymentledger.ledger.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.stripe.Stripe;
import com.stripe.exception.StripeException;
import com.stripe.model.WebhookEndpoint;
import com.stripe.net.RequestOptions;
import com.stripe.param.WebhookEndpointCreateParams;
import io.paymentledger.ledger.LedgerApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the events and webhooks end-to-end tests: the whole standalone ledger on a random port with its own H2
 * file database, a fast webhook retry schedule and poll interval. Subclasses share this one Spring context; each
 * test uses an account of its own so that endpoints and event lists never see another test's intents.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EventsEndToEndTest {

    static final String ORDERING = "sk_test_evOrdering0001";
    static final String RETRIES = "sk_test_evRetries00002";
    static final String LISTING = "sk_test_evListing00003";
    static final String ALPHA = "sk_test_evAlpha0000004";
    static final String BETA = "sk_test_evBeta00000005";
    static final String REPLAY = "sk_test_evReplay000006";
    static final String RESEND = "sk_test_evResend000007";
    static final String PAGING = "sk_test_evPaging000008";
    static final String REFUNDS = "sk_test_evRefunds00009";
    /** The dashboard's operations test's account. */
    static final String OPERATIONS = "sk_test_evOperations010";
    static final String ADMIN_KEY = "events-e2e-admin-key";

    private static final Path DATA_DIR = temporaryDirectory();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry properties) {
        properties.add("ledger.data-dir", DATA_DIR::toString);
        properties.add("ledger.gateway.api-keys", () -> String.join(",", ORDERING + "=acct_ev_ordering",
                RETRIES + "=acct_ev_retries", LISTING + "=acct_ev_listing", ALPHA + "=acct_ev_alpha",
                BETA + "=acct_ev_beta", REPLAY + "=acct_ev_replay", RESEND + "=acct_ev_resend",
                PAGING + "=acct_ev_paging", REFUNDS + "=acct_ev_refunds", OPERATIONS + "=acct_ev_operations"));
        properties.add("ledger.admin.key", () -> ADMIN_KEY);
        properties.add("ledger.webhooks.retry-schedule", () -> "100ms,200ms,300ms,400ms");
        properties.add("ledger.webhooks.poll-interval", () -> "50ms");
        properties.add("ledger.webhooks.timeout", () -> "2s");
        // Real keys are configured, so the receivers on 127.0.0.1 need the explicit setting.
        properties.add("ledger.webhooks.allow-private-targets", () -> "true");
    }

    @BeforeEach
    void pointStripeJavaAtTheLedger() {
        Stripe.overrideApiBase(baseUrl());
    }

    /** This test's ledger, or with {@code -Dledger.e2e.base-url} another deployment's API (see StripeApiTest). */
    String baseUrl() {
        return System.getProperty("ledger.e2e.base-url", "http://localhost:" + port);
    }

    static RequestOptions as(String apiKey) {
        return RequestOptions.builder().setApiKey(apiKey).build();
    }

    /** An endpoint for every event type, its secret handed to the receiver. */
    static WebhookEndpoint subscribe(WebhookReceiver receiver, String apiKey) throws StripeException {
        WebhookEndpoint endpoint = WebhookEndpoint.create(WebhookEndpointCreateParams.builder()
                .setUrl(receiver.url()).addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ALL)
                .build(), as(apiKey));
        receiver.secret(endpoint.getSecret());
        return endpoint;
    }

    /** An endpoint for the given event types only, its secret handed to the receiver. */
    static WebhookEndpoint subscribe(WebhookReceiver receiver, String apiKey,
                                     WebhookEndpointCreateParams.EnabledEvent... types) throws StripeException {
        WebhookEndpoint endpoint = WebhookEndpoint.create(WebhookEndpointCreateParams.builder()
                .setUrl(receiver.url()).addAllEnabledEvent(java.util.List.of(types)).build(), as(apiKey));
        receiver.secret(endpoint.getSecret());
        return endpoint;
    }

    HttpResponse<String> get(String apiKey, String path) {
        return send(apiKey, HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET());
    }

    /**
     * An admin API GET: on this test's ledger, or with {@code -Dledger.e2e.admin-url} and {@code -Dledger.e2e.admin-key}
     * on another deployment's query service (in the Axon Server mode the admin API is not on the gateway).
     */
    HttpResponse<String> adminGet(String path) {
        return send(System.getProperty("ledger.e2e.admin-key", ADMIN_KEY), HttpRequest.newBuilder(
                URI.create(System.getProperty("ledger.e2e.admin-url", baseUrl()) + path)).GET());
    }

    HttpResponse<String> post(String apiKey, String path, String form) {
        return send(apiKey, HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> send(String apiKey, HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Authorization", "Bearer " + apiKey).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ledger-events-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
