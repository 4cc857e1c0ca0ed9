package io.paymentledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * The ledger's Stripe-compatible REST API through {@link HttpClient}: form-encoded POSTs and GETs, each timed into
 * the {@link EndpointStats} of the running phase under a label such as {@code POST /v1/payment_intents/{id}/confirm}.
 */
final class ApiClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;

    ApiClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.authorization = "Bearer " + apiKey;
        // HTTP/1.1 keeps one connection per busy client thread, as most Stripe SDKs do.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newCachedThreadPool(task -> {
                    Thread thread = new Thread(task, "bench-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    /** What the ledger answered; {@code body} is null when it was not JSON. */
    record Response(int status, JsonNode body, String text) {

        String field(String name) {
            return body == null || body.get(name) == null ? null : body.get(name).asText();
        }
    }

    /** A request that failed at the transport level (refused, reset, timed out). */
    static final class TransportFailure extends Exception {
        TransportFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Response post(EndpointStats stats, String endpoint, String path, String form) throws TransportFailure {
        return send(stats, endpoint, request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    Response get(EndpointStats stats, String endpoint, String pathAndQuery) throws TransportFailure {
        return send(stats, endpoint, request(pathAndQuery).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization);
    }

    private Response send(EndpointStats stats, String endpoint, HttpRequest request) throws TransportFailure {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            stats.record(endpoint, System.nanoTime() - started);
            return new Response(response.statusCode(), parse(response.body()), response.body());
        } catch (IOException failure) {
            stats.record(endpoint, System.nanoTime() - started);
            throw new TransportFailure(failure.toString(), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransportFailure("interrupted", interrupted);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }
}
