package io.paymentledger.gateway.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * One signed POST to a receiver (docs/api.md §9.3): a fresh {@code t} per attempt, the body sent exactly as signed, no
 * redirects followed, and any status but 2xx (or no answer within the timeout) a failure.
 */
@Component
class WebhookSender {

    private final HttpClient http;
    private final WebhookProperties properties;
    private final TargetGuard guard;
    private final Clock clock = Clock.systemUTC();

    WebhookSender(WebhookProperties properties, TargetGuard guard) {
        this.properties = properties;
        this.guard = guard;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    DeliveryAttempt send(WebhookEndpoint endpoint, String eventId, byte[] body) {
        long started = clock.millis();
        var refusal = guard.refusal(endpoint.url());
        if (refusal.isPresent()) {
            return new DeliveryAttempt(endpoint.id(), eventId, started, null, 0, refusal.get());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                .header("Stripe-Signature", WebhookSigner.header(endpoint.secret(), started / 1000, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new DeliveryAttempt(endpoint.id(), eventId, started, status, clock.millis() - started,
                    status / 100 == 2 ? null : "HTTP " + status);
        } catch (IOException e) {
            return new DeliveryAttempt(endpoint.id(), eventId, started, null, clock.millis() - started,
                    truncate(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryAttempt(endpoint.id(), eventId, started, null, clock.millis() - started,
                    "interrupted");
        }
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
