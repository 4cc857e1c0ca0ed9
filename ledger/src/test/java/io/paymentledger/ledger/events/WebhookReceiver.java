package io.paymentledger.ledger.events;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A merchant's webhook receiver on 127.0.0.1: verifies every request's signature with stripe-java's
 * {@link Webhook#constructEvent}, answers 500 to the first {@code failures} requests, and keeps the events it
 * accepted in arrival order.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Event> accepted = new ArrayList<>();
    private final List<String> badSignatures = new ArrayList<>();
    private volatile String secret;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    void failNext(int count) {
        failuresLeft.set(count);
    }

    int requests() {
        return requests.get();
    }

    synchronized List<Event> accepted() {
        return List.copyOf(accepted);
    }

    synchronized List<Event> accepted(String paymentIntentId) {
        return accepted.stream().filter(e -> paymentIntentId.equals(intentId(e))).toList();
    }

    synchronized List<String> badSignatures() {
        return List.copyOf(badSignatures);
    }

    /** The intent an event is about: its data.object, or the intent of its charge or refund. */
    static String intentId(Event event) {
        return event.getDataObjectDeserializer().getObject().map(WebhookReceiver::intentOf).orElseThrow(() -> new AssertionError("data.object not readable by stripe-java: " + event.getId()));
    }

    private static String intentOf(Object object) {
        if (object instanceof Charge charge) {
            return charge.getPaymentIntent();
        }
        if (object instanceof Refund refund) {
            return refund.getPaymentIntent();
        }
        return ((PaymentIntent) object).getId();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.incrementAndGet();
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            String header = exchange.getRequestHeaders().getFirst("Stripe-Signature");
            try {
                Event event = Webhook.constructEvent(payload, header, secret);
                synchronized (this) {
                    accepted.add(event);
                }
                exchange.sendResponseHeaders(200, -1);
            } catch (SignatureVerificationException e) {
                synchronized (this) {
                    badSignatures.add(e.getMessage());
                }
                exchange.sendResponseHeaders(400, -1);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
