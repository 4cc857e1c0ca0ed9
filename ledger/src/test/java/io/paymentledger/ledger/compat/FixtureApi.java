package io.paymentledger.ledger.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.awaitility.Awaitility.await;

/** Form posts and reads against a running ledger, for the stored-events fixture. */
final class FixtureApi {

    static final String ACCOUNT = "acct_stored_events";
    static final String API_KEY = "sk_test_storedEvents00001";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;

    FixtureApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String create(String form) {
        JsonNode answer = post("/v1/payment_intents", form);
        // A declined confirm=true answers 402 with the intent inside the error.
        return (answer.has("error") ? answer.get("error").get("payment_intent") : answer).get("id").asText();
    }

    JsonNode post(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The error envelope of a request the ledger must refuse. */
    JsonNode refused(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), true);
    }

    /** The body whatever the status: a read of an intent not projected yet is an error envelope that differs. */
    JsonNode get(String path) {
        return send(request(path).GET(), null);
    }

    /** Reads until two reads in a row agree: the balance and event read models follow the intents asynchronously. */
    JsonNode awaitStable(String path) {
        JsonNode[] last = {null};
        await().until(() -> {
            JsonNode now = get(path);
            boolean stable = now.equals(last[0]);
            last[0] = now;
            return stable;
        });
        return last[0];
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + API_KEY);
    }

    private static JsonNode send(HttpRequest.Builder request) {
        return send(request, false);
    }

    private static JsonNode send(HttpRequest.Builder request, Boolean refusalExpected) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (refusalExpected != null && refusalExpected != (response.statusCode() >= 400)
                    && response.statusCode() != 402) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
