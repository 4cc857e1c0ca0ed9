package io.paymentledger.ledger.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.stripe.Stripe;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import io.paymentledger.ledger.LedgerApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole ledger on a random port with a fresh H2 file database, driven over
 * HTTP by the official stripe-java client. Every subclass has the same configuration, so they all share one
 * Spring context (and one database); tests that count intents use an account of their own.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StripeApiTest {

    static final String ALPHA = "sk_test_e2eAlpha00001111";
    static final String BETA = "sk_test_e2eBeta000002222";
    /** Accounts of their own for tests that assert on a whole list. */
    static final String PAGING = "sk_test_e2ePaging003333";
    static final String BAD_INPUT = "sk_test_e2eBadInput4444";
    static final String RACES = "sk_test_e2eRaces0005555";
    static final String TOTALS = "sk_test_e2eTotals006666";
    /** The books' account, with a fee of 2.9 % + 30 (ledger.books.fees). */
    static final String BOOKS = "sk_test_e2eBooks00bbbb";
    /** Keys of their own for the key and rate-limit tests: ALPHA's second key, a restricted and a publishable one. */
    static final String ALPHA_NEXT = "sk_test_e2eAlphaNext7777";
    static final String READER = "rk_test_e2eReader008888";
    static final String PUBLISHABLE = "pk_test_e2ePublish09999";
    static final String LIMITED = "sk_test_e2eLimited00aaaa";
    /** Accounts with one capability each (LEDGER_ACCOUNT_CAPABILITIES, docs/api.md §19.2). */
    static final String NO_PAYMENTS = "sk_test_e2eNoPay0000eeee";
    static final String NO_TRANSFERS = "sk_test_e2eNoTransfer0ffff";
    static final String CAPABILITIES = "acct_e2e_no_payments=transfers,acct_e2e_no_transfers=payments";
    /** The dashboard's browser tests' account. */
    static final String DASHBOARD = "sk_test_e2eDashboard0dddd";

    /** WooCommerce consumer key pairs of the WooPayments route (LEDGER_CONSUMER_KEYS), for ALPHA's and BETA's accounts. */
    static final String WOO_KEY = "ck_e2eWooAlpha0000cccc";
    static final String WOO_SECRET = "cs_e2eWooAlphaSecret0000";
    static final String WOO_BETA_KEY = "ck_e2eWooBeta00000dddd";
    static final String WOO_BETA_SECRET = "cs_e2eWooBetaSecret00000";

    static final Path DATA_DIR = temporaryDirectory();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    static final String API_KEYS = String.join(",", ALPHA + "=acct_e2e_alpha", BETA + "=acct_e2e_beta",
            PAGING + "=acct_e2e_paging", BAD_INPUT + "=acct_e2e_bad_input", RACES + "=acct_e2e_races",
            TOTALS + "=acct_e2e_totals", BOOKS + "=acct_e2e_books", ALPHA_NEXT + "=acct_e2e_alpha",
            PUBLISHABLE + "=acct_e2e_alpha", LIMITED + "=acct_e2e_limited",
            DASHBOARD + "=acct_e2e_dashboard", NO_PAYMENTS + "=acct_e2e_no_payments",
            NO_TRANSFERS + "=acct_e2e_no_transfers");

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry properties) {
        properties.add("ledger.data-dir", DATA_DIR::toString);
        properties.add("ledger.gateway.api-keys", () -> API_KEYS);
        properties.add("ledger.gateway.consumer-keys", () -> WOO_KEY + ":" + WOO_SECRET + "=acct_e2e_alpha,"
                + WOO_BETA_KEY + ":" + WOO_BETA_SECRET + "=acct_e2e_beta");
        properties.add("ledger.gateway.account-capabilities", () -> CAPABILITIES);
        properties.add("ledger.gateway.restricted-keys", () -> READER + "=acct_e2e_alpha:payment_intents=read");
        // One read and one write per second for LIMITED only; the standalone default leaves other keys unlimited.
        properties.add("ledger.gateway.rate-limit.overrides", () -> "aaaa=1/1");
        properties.add("ledger.books.fees.acct_e2e_books.percent", () -> "2.9");
        properties.add("ledger.books.fees.acct_e2e_books.fixed", () -> "30");
    }

    @BeforeEach
    void pointStripeJavaAtTheLedger() {
        Stripe.overrideApiBase(baseUrl());
    }

    /**
     * The ledger under test: this test's own, or with {@code -Dledger.e2e.base-url} another deployment's API, e.g.
     * the Axon Server gateway service of deploy/axonserver-check.sh (started with the keys of {@link #API_KEYS}).
     */
    String baseUrl() {
        return System.getProperty("ledger.e2e.base-url", "http://localhost:" + port);
    }

    static RequestOptions as(String apiKey) {
        return RequestOptions.builder().setApiKey(apiKey).build();
    }

    static RequestOptions as(String apiKey, String idempotencyKey) {
        return RequestOptions.builder().setApiKey(apiKey).setIdempotencyKey(idempotencyKey).build();
    }

    /** A manual-capture intent authorized with the test Visa: {@code requires_capture}. */
    static PaymentIntent authorized(String apiKey, long amount) throws StripeException {
        return PaymentIntent.create(PaymentIntentCreateParams.builder()
                .setAmount(amount).setCurrency("usd")
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .setPaymentMethod("pm_card_visa").setConfirm(true)
                .putMetadata("test", "e2e").build(), as(apiKey));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    HttpRequest.Builder request(String path, String apiKey) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", "Bearer " + apiKey);
    }

    static String uniqueKey() {
        return UUID.randomUUID().toString();
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("ledger-e2e-");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
