package io.paymentledger.ledger.cardsafety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a running ledger with raw test cards through every request that takes card data (intents created,
 * updated and confirmed with {@code payment_method_data}, payment methods created), in form and JSON bodies, while
 * a dispatch interceptor serializes every command and query sent, as the Axon Server mode would put it on the wire.
 * The number and CVC appear nowhere else in the code base, so finding them anywhere afterwards is a leak.
 */
final class RawCardTraffic {

    static final String API_KEY = "sk_test_rawcards000001";
    static final String ACCOUNT = "acct_raw_cards";
    static final String NUMBER = "4619370251836476";
    static final String OTHER_NUMBER = "5208743160957282";
    static final String CVC = "7391";
    private static final Pattern CVC_ALONE = Pattern.compile("(?<![0-9A-Za-z])" + CVC + "(?![0-9A-Za-z])");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final List<String> dispatched = Collections.synchronizedList(new ArrayList<>());
    /** A payment method id the traffic created: it must be found where the card data is looked for. */
    private String createdPaymentMethod;

    private RawCardTraffic(ConfigurableApplicationContext ledger) {
        this.baseUrl = "http://localhost:" + ledger.getEnvironment().getProperty("local.server.port");
        Configuration axon = ledger.getBean(Configuration.class);
        Serializer wire = axon.messageSerializer();
        axon.commandBus().registerDispatchInterceptor(recording(wire));
        axon.queryBus().registerDispatchInterceptor(recording(wire));
    }

    static RawCardTraffic against(ConfigurableApplicationContext ledger) {
        return new RawCardTraffic(ledger);
    }

    static List<String> ledgerArguments() {
        return List.of("--ledger.gateway.api-keys=" + API_KEY + "=" + ACCOUNT, "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.io.paymentledger=DEBUG");
    }

    private <M extends Message<?>> MessageDispatchInterceptor<M> recording(Serializer wire) {
        return messages -> (index, message) -> {
            dispatched.add(message.getPayloadType().getName() + " "
                    + wire.serialize(message.getPayload(), String.class).getData() + " "
                    + wire.serialize(message.getMetaData(), String.class).getData());
            return message;
        };
    }

    /** Sends the card data; every answer is checked, so a broken path cannot pass for a safe one. */
    RawCardTraffic run() throws Exception {
        String card = "payment_method_data[type]=card&payment_method_data[card][number]=%s"
                + "&payment_method_data[card][exp_month]=12&payment_method_data[card][exp_year]=2031"
                + "&payment_method_data[card][cvc]=" + CVC;
        JsonNode confirmed = post("/v1/payment_intents", form("amount=2000&currency=usd&confirm=true&"
                + card.formatted(NUMBER)), 200);
        assertThat(confirmed.path("status").asText()).isEqualTo("succeeded");

        String jsonCard = "{\"type\":\"card\",\"card\":{\"number\":\"%s\",\"exp_month\":12,\"exp_year\":2031,"
                + "\"cvc\":\"" + CVC + "\"}}";
        JsonNode created = post("/v1/payment_intents", json("{\"amount\":3000,\"currency\":\"usd\","
                + "\"payment_method_data\":" + jsonCard.formatted(NUMBER) + "}"), 200);
        String intent = created.path("id").asText();
        post("/v1/payment_intents/" + intent, form(card.formatted(OTHER_NUMBER)), 200);
        JsonNode afterConfirm = post("/v1/payment_intents/" + intent + "/confirm",
                json("{\"payment_method_data\":" + jsonCard.formatted(NUMBER) + "}"), 200);
        assertThat(afterConfirm.path("status").asText()).isEqualTo("succeeded");

        JsonNode declined = post("/v1/payment_intents", form("amount=4000&currency=usd&confirm=true&"
                + card.formatted(NUMBER).replace("exp_month]=12", "exp_month]=13")), 402);
        assertThat(declined.path("error").path("code").asText()).isEqualTo("invalid_expiry_month");

        JsonNode pmForm = post("/v1/payment_methods", form("type=card&card[number]=" + NUMBER
                + "&card[exp_month]=12&card[exp_year]=2031&card[cvc]=" + CVC), 200);
        JsonNode pmJson = post("/v1/payment_methods", json("{\"type\":\"card\",\"card\":{\"number\":\""
                + OTHER_NUMBER + "\",\"exp_month\":1,\"exp_year\":2032,\"cvc\":\"" + CVC + "\"}}"), 200);
        assertThat(pmJson.path("card").path("last4").asText()).isEqualTo("7282");
        createdPaymentMethod = pmForm.path("id").asText();
        JsonNode paid = post("/v1/payment_intents", form("amount=5000&currency=usd&confirm=true&payment_method="
                + createdPaymentMethod), 200);
        assertThat(paid.path("status").asText()).isEqualTo("succeeded");
        assertThat(paid.path("payment_method").asText()).isEqualTo(createdPaymentMethod);
        return this;
    }

    List<String> dispatched() {
        return List.copyOf(dispatched);
    }

    String createdPaymentMethod() {
        return createdPaymentMethod;
    }

    /** Neither number nor CVC (a CVC as a token of its own: digits inside ids or hashes are not a CVC). */
    static void assertNoCardData(String what, String text) {
        assertThat(text).as(what).doesNotContain(NUMBER).doesNotContain(OTHER_NUMBER);
        assertThat(CVC_ALONE.matcher(text).find()).as("%s holds the CVC", what).isFalse();
    }

    private JsonNode post(String path, HttpRequest.Builder request, int expectedStatus)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.uri(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + API_KEY)
                .header("Idempotency-Key", UUID.randomUUID().toString()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s answered %s", path, response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder form(String body) {
        return HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder json(String body) {
        return HttpRequest.newBuilder().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
