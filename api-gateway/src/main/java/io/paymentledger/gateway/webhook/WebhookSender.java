package io.paymentledger.gateway.webhook;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.Closer;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One signed POST to a receiver (docs/api.md §9.3): a fresh {@code t} per attempt, the body sent exactly as signed, no
 * redirects followed, and anything but a 2xx answered completely within {@code timeout} a failure. The timeout
 * bounds the whole exchange (connect, request, headers and body: a receiver that sends headers and then stalls is
 * cut off), at most {@link #MAX_BODY_BYTES} of the answer are read, and its start is kept with the attempt. The
 * connection goes to the addresses {@link TargetGuard} resolved and checked.
 */
@Component
class WebhookSender implements DisposableBean {

    /** Names our product, so a receiver's logs never mistake the ledger's webhooks for Stripe's. */
    static final String USER_AGENT = "PaymentLedger/1.0 (webhooks)";
    static final int MAX_BODY_BYTES = 4096;
    static final int EXCERPT_CHARS = 500;

    private final CloseableHttpClient http;
    private final WebhookProperties properties;
    private final ScheduledExecutorService deadlines;
    private final Clock clock = Clock.systemUTC();

    WebhookSender(WebhookProperties properties, TargetGuard guard) {
        this.properties = properties;
        Timeout timeout = Timeout.of(properties.timeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(guard)
                        .setMaxConnTotal(properties.maxConcurrency() * 2).setMaxConnPerRoute(2)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).build()).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableContentCompression().disableAuthCaching().build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-deadline");
            thread.setDaemon(true);
            return thread;
        });
    }

    DeliveryAttempt send(WebhookEndpoint endpoint, String eventId, byte[] body) {
        long started = clock.millis();
        if (TargetGuard.host(endpoint.url()).isEmpty()) {
            return new DeliveryAttempt(endpoint.id(), eventId, started, null, 0, "Invalid URL: " + endpoint.url(),
                    null);
        }
        HttpPost request = new HttpPost(endpoint.url());
        request.setHeader("User-Agent", USER_AGENT);
        request.setHeader("Stripe-Signature", WebhookSigner.header(endpoint.secret(), started / 1000, body));
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            expired.set(true);
            request.cancel();
        }, properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        Integer status = null;
        ClassicHttpResponse response = null;
        try {
            response = http.executeOpen(null, request, null);
            status = response.getCode();
            String excerpt = excerpt(response);
            return new DeliveryAttempt(endpoint.id(), eventId, started, status, clock.millis() - started,
                    status / 100 == 2 ? null : "HTTP " + status, excerpt);
        } catch (IOException | RuntimeException e) {
            // The socket's read timeout and the exchange's deadline are the same length: either one is a time-out.
            boolean timedOut = expired.get() || e instanceof InterruptedIOException;
            String error = timedOut ? "Timed out after " + properties.timeout().toMillis() + " ms"
                    + (status == null ? "" : " reading the response body") : describe(e);
            return new DeliveryAttempt(endpoint.id(), eventId, started, status, clock.millis() - started, error,
                    null);
        } finally {
            deadline.cancel(false);
            // Drops the connection: closing the response normally would read whatever body is left, unbounded.
            request.cancel();
            Closer.closeQuietly(response);
        }
    }

    /** The start of the answer, reading at most MAX_BODY_BYTES; the rest is never read. */
    private static String excerpt(ClassicHttpResponse response) throws IOException {
        if (response.getEntity() == null) {
            return null;
        }
        byte[] read = response.getEntity().getContent().readNBytes(MAX_BODY_BYTES);
        String text = new String(read, StandardCharsets.UTF_8);
        return text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) : text;
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof TargetGuard.RefusedTargetException)) {
            cause = cause.getCause();
        }
        String text = cause instanceof TargetGuard.RefusedTargetException ? cause.getMessage()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    @Override
    public void destroy() throws IOException {
        deadlines.shutdownNow();
        http.close();
    }
}
