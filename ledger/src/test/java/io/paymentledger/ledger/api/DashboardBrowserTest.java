package io.paymentledger.ledger.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (headless Chromium), against the whole ledger: sign in, search, open a payment,
 * read its timeline, refund part of it and see the balance change; another account's payment and a form without
 * its CSRF token are refused. One browser for the class; each test saves a screenshot under target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest extends StripeApiTest {

    private DashboardBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new DashboardBrowser(1280, 1000);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signIn() {
        browser.driver.manage().deleteAllCookies();
        browser.open(baseUrl() + "/dashboard");
        assertThat(browser.driver.getCurrentUrl()).as("signed out, the dashboard sends to sign-in")
                .endsWith("/dashboard/sign-in");
        browser.find("#api_key").sendKeys(DASHBOARD);
        browser.clickAndWait("#sign-in button");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/dashboard/payments");
    }

    @Test
    void searchOpenReadTheTimelineAndRefundPartOfAPayment() throws StripeException {
        String order = "order-" + uniqueKey().substring(0, 8);
        PaymentIntent paid = paid(DASHBOARD, 2_000, order);
        browser.open(baseUrl() + "/dashboard/payments");
        String availableBefore = browser.text("#balance tr.available td.num");

        browser.find("#q").sendKeys("metadata['order']:'" + order + "'");
        browser.clickAndWait("#apply");
        assertThat(browser.driver.findElements(By.cssSelector("#payments tbody tr"))).hasSize(1);
        browser.screenshot("dashboard-payments");
        browser.clickAndWait(browser.driver.findElement(By.linkText(paid.getId())));

        assertThat(browser.text("h1")).isEqualTo(paid.getId());
        assertThat(browser.text("#status")).isEqualTo("succeeded");
        assertThat(browser.text("#card")).isEqualTo("visa •••• 4242");
        assertThat(browser.text("#timeline")).contains("PaymentIntentCreated").contains("request req_")
                .contains("API key dddd");

        browser.find("#refund-amount").sendKeys("500");
        browser.clickAndWait("#refund");
        assertThat(browser.text("#confirm-summary")).contains("Refund 5.00 USD of " + paid.getId());
        browser.clickAndWait("#confirm");

        assertThat(browser.text("#done")).isEqualTo("Done: refund.");
        assertThat(browser.text("#refunded")).isEqualTo("5.00 USD");
        assertThat(browser.text("#refunds")).contains("5.00 USD").contains("succeeded");
        assertThat(browser.text("#timeline")).contains("idempotency key dash_");
        browser.screenshot("dashboard-payment");

        browser.open(baseUrl() + "/dashboard/payments");
        assertThat(amount(browser.text("#balance tr.available td.num")))
                .isEqualTo(amount(availableBefore) - 500);
    }

    @Test
    void anotherAccountsPaymentIsRefused() throws StripeException {
        PaymentIntent others = paid(BETA, 1_000, "beta");
        browser.open(baseUrl() + "/dashboard/payments/" + others.getId());
        assertThat(browser.text("#refusal")).isEqualTo("No such payment_intent: '" + others.getId() + "'");
        assertThat(browser.driver.getPageSource()).doesNotContain("1,000").doesNotContain("10.00 USD");
        browser.screenshot("dashboard-refused-other-account");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws StripeException {
        PaymentIntent paid = paid(DASHBOARD, 1_500, "csrf");
        browser.open(baseUrl() + "/dashboard/payments/" + paid.getId());
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelector('#refund-form input[name=_csrf]').remove()");
        browser.clickAndWait("#refund");
        assertThat(browser.text("#refusal")).isEqualTo("The form's CSRF token is missing or wrong.");
        browser.screenshot("dashboard-refused-csrf");

        browser.open(baseUrl() + "/dashboard/payments/" + paid.getId());
        assertThat(browser.text("#refunded")).as("nothing was refunded").isEqualTo("0.00 USD");
    }

    @Test
    void signedOutNoPageOrActionIsReachable() throws StripeException {
        PaymentIntent paid = paid(DASHBOARD, 1_000, "signed-out");
        HttpResponse<String> page = send(HttpRequest.newBuilder(java.net.URI.create(baseUrl()
                + "/dashboard/payments/" + paid.getId())).GET());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/dashboard/sign-in"));
        HttpResponse<String> refund = send(HttpRequest.newBuilder(java.net.URI.create(baseUrl()
                        + "/dashboard/payments/" + paid.getId() + "/refund"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("confirmed=yes&idempotency_key=dash_x&_csrf=x")));
        assertThat(refund.statusCode()).isEqualTo(401);
        for (String asset : new String[] {"/dashboard/assets/dashboard.css", "/webjars/htmx.org/dist/htmx.min.js"}) {
            assertThat(send(HttpRequest.newBuilder(java.net.URI.create(baseUrl() + asset)).GET()).statusCode())
                    .as(asset).isEqualTo(200);
        }

        browser.clickAndWait(".signout button");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/dashboard/sign-in");
        browser.open(baseUrl() + "/dashboard/payments");
        assertThat(browser.driver.getCurrentUrl()).as("signed out again").endsWith("/dashboard/sign-in");
        browser.screenshot("dashboard-sign-in");
    }

    @Test
    void booksShowTheBalanceTransactionsTrialBalanceAndCharts() throws StripeException {
        PaymentIntent paid = paid(DASHBOARD, 3_000, "books");
        browser.open(baseUrl() + "/dashboard/books");
        assertThat(browser.text("#balance")).contains("USD");
        assertThat(browser.text("#transactions")).contains(paid.getId()).contains("charge").contains("30.00 USD");
        assertThat(browser.text("#trial-balance")).contains("merchant_balance");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> "true".equals(browser.find("#daily-chart").getAttribute("data-drawn"))
                        && "true".equals(browser.find("#status-chart").getAttribute("data-drawn")));
        assertThat(browser.find("#daily-chart").getAttribute("data-chart")).contains("\"captured\":[");
        browser.screenshot("dashboard-books");
    }

    @Test
    void developersSeeEventsWithPayloadsAndWebhookEndpoints() throws StripeException {
        // A public address (these tests refuse private targets); subscribed to an event this test never causes.
        HttpResponse<String> endpoint = send(request("/v1/webhook_endpoints", DASHBOARD)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
                        .ofString("url=https://93.184.215.14/dashboard-hook&enabled_events[]=payment_intent.requires_action")));
        assertThat(endpoint.statusCode()).isEqualTo(200);
        PaymentIntent paid = paid(DASHBOARD, 1_200, "developers");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> send(request(
                "/v1/events?type=payment_intent.succeeded", DASHBOARD).GET()).body().contains(paid.getId()));
        browser.open(baseUrl() + "/dashboard/developers?type=payment_intent.succeeded");
        assertThat(browser.text("#endpoints")).contains("https://93.184.215.14/dashboard-hook")
                .contains("payment_intent.requires_action");
        browser.screenshot("dashboard-developers");
        browser.clickAndWait(browser.driver.findElement(By.xpath(
                "//table[@id='events']//tr[td/a[text()='" + paid.getId() + "']]/td[1]/a")));
        assertThat(browser.text("#event-type")).isEqualTo("payment_intent.succeeded");
        assertThat(browser.text("#payload")).contains("\"id\" : \"" + paid.getId() + "\"")
                .contains("\"amount\" : 1200");
        assertThat(browser.text("#attempts")).contains("No attempts yet.");
        assertThat(browser.driver.findElements(By.id("resend"))).as("nothing to resend").isEmpty();
        browser.screenshot("dashboard-event");
    }

    @Test
    void thePaymentsPageFitsAPhoneAndTheKeyboardReachesTheContentFirst() throws StripeException {
        paid(DASHBOARD, 900, "phone");
        org.openqa.selenium.Dimension desktop = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.open(baseUrl() + "/dashboard/payments");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            long pageWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
            long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
            assertThat(pageWidth).as("no sideways scrolling of the page (tables scroll inside)")
                    .isLessThanOrEqualTo(viewport);
            browser.find("body").sendKeys(org.openqa.selenium.Keys.TAB);
            assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
            browser.screenshot("dashboard-phone");
        } finally {
            browser.driver.manage().window().setSize(desktop);
        }
    }

    private static PaymentIntent paid(String key, long amount, String order) throws StripeException {
        return PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(amount).setCurrency("usd")
                .setPaymentMethod("pm_card_visa").setConfirm(true).putMetadata("order", order)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).setAllowRedirects(
                                PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects.NEVER).build())
                .build(), as(key));
    }

    /** "12.34 USD" → 1234. */
    private static long amount(String shown) {
        return Long.parseLong(shown.replace(" USD", "").replace(".", ""));
    }
}
