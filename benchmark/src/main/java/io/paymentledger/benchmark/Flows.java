package io.paymentledger.benchmark;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The realistic mix of issue 6, one flow per call of {@link #runOne}. Weights (out of 100): create → confirm →
 * capture 25, create with {@code confirm=true} and automatic capture 25, create → cancel 10, create → declined
 * confirmation (expected 402) 10, create-and-authorize → partial capture 10, reads (retrieve + list) 20.
 * A response that is neither the expected success nor the expected decline is an unexpected error.
 */
final class Flows {

    static final String CREATE = "POST /v1/payment_intents";
    static final String CONFIRM = "POST /v1/payment_intents/{id}/confirm";
    static final String CAPTURE = "POST /v1/payment_intents/{id}/capture";
    static final String CANCEL = "POST /v1/payment_intents/{id}/cancel";
    static final String UPDATE = "POST /v1/payment_intents/{id}";
    static final String RETRIEVE = "GET /v1/payment_intents/{id}";
    static final String LIST = "GET /v1/payment_intents";

    private static final String PATH = "/v1/payment_intents";
    private static final int RECENT = 1024;

    private final List<ApiClient> nodes;
    private final ThreadLocal<ApiClient> flowNode = new ThreadLocal<>();
    private final AtomicLong flows = new AtomicLong();
    private final AtomicReferenceArray<String> recentIds = new AtomicReferenceArray<>(RECENT);
    private final AtomicLong created = new AtomicLong();

    Flows(ApiClient api) {
        this(List.of(api));
    }

    /** Each flow goes to one node, the nodes in turn (a cluster shares one database, so reads may go anywhere). */
    Flows(List<ApiClient> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    private ApiClient api() {
        ApiClient node = flowNode.get();
        return node == null ? nodes.get(0) : node;
    }

    /** Runs one randomly chosen flow; false when it met an unexpected answer (already counted in {@code stats}). */
    boolean runOne(EndpointStats stats) {
        flowNode.set(nodes.get((int) Math.floorMod(flows.getAndIncrement(), (long) nodes.size())));
        int dice = ThreadLocalRandom.current().nextInt(100);
        try {
            if (dice < 25) {
                return manualCapture(stats, false);
            } else if (dice < 50) {
                return automaticCapture(stats);
            } else if (dice < 60) {
                return createThenCancel(stats);
            } else if (dice < 70) {
                return declinedConfirmation(stats);
            } else if (dice < 80) {
                return manualCapture(stats, true);
            }
            return reads(stats);
        } catch (ApiClient.TransportFailure failure) {
            stats.error("transport", failure.getMessage());
            return false;
        }
    }

    private boolean manualCapture(EndpointStats stats, boolean partial) throws ApiClient.TransportFailure {
        long amount = amount();
        String id = create(stats, "amount=" + amount + "&currency=usd&capture_method=manual",
                "requires_payment_method");
        if (id == null || !expect(stats, CONFIRM, api().post(stats, CONFIRM, PATH + "/" + id + "/confirm",
                "payment_method=pm_card_visa"), 200, "requires_capture")) {
            return false;
        }
        String capture = partial ? "amount_to_capture=" + (amount / 2) : "";
        return expect(stats, CAPTURE, api().post(stats, CAPTURE, PATH + "/" + id + "/capture", capture), 200,
                "succeeded");
    }

    private boolean automaticCapture(EndpointStats stats) throws ApiClient.TransportFailure {
        return create(stats, "amount=" + amount() + "&currency=usd&confirm=true&payment_method=pm_card_visa",
                "succeeded") != null;
    }

    private boolean createThenCancel(EndpointStats stats) throws ApiClient.TransportFailure {
        String id = create(stats, "amount=" + amount() + "&currency=usd", "requires_payment_method");
        return id != null && expect(stats, CANCEL, api().post(stats, CANCEL, PATH + "/" + id + "/cancel",
                "cancellation_reason=requested_by_customer"), 200, "canceled");
    }

    private boolean declinedConfirmation(EndpointStats stats) throws ApiClient.TransportFailure {
        String id = create(stats, "amount=" + amount() + "&currency=usd", "requires_payment_method");
        if (id == null) {
            return false;
        }
        ApiClient.Response response = api().post(stats, CONFIRM, PATH + "/" + id + "/confirm",
                "payment_method=pm_card_chargeDeclined");
        if (response.status() == 402 && response.body() != null && response.body().path("error").path("code")
                .asText().equals("card_declined")) {
            stats.expectedDecline(CONFIRM);
            return true;
        }
        return unexpected(stats, CONFIRM, response, "402 card_declined");
    }

    private boolean reads(EndpointStats stats) throws ApiClient.TransportFailure {
        String id = recentIds.get(ThreadLocalRandom.current().nextInt(RECENT));
        if (id != null && !expect(stats, RETRIEVE, api().get(stats, RETRIEVE, PATH + "/" + id), 200, null)) {
            return false;
        }
        ApiClient.Response list = api().get(stats, LIST, PATH + "?limit=10");
        if (list.status() != 200 || list.body() == null || !list.body().path("data").isArray()) {
            return unexpected(stats, LIST, list, "200 list");
        }
        return true;
    }

    /** Creates an intent and returns its id, or null after counting an unexpected answer. */
    String create(EndpointStats stats, String form, String expectedStatus) throws ApiClient.TransportFailure {
        ApiClient.Response response = api().post(stats, CREATE, PATH, form);
        if (!expect(stats, CREATE, response, 200, expectedStatus)) {
            return null;
        }
        String id = response.field("id");
        recentIds.set((int) (created.getAndIncrement() % RECENT), id);
        return id;
    }

    static boolean expect(EndpointStats stats, String endpoint, ApiClient.Response response, int status,
                          String intentStatus) {
        if (response.status() == status && (intentStatus == null || intentStatus.equals(response.field("status")))) {
            return true;
        }
        return unexpected(stats, endpoint, response, status + " " + intentStatus);
    }

    private static boolean unexpected(EndpointStats stats, String endpoint, ApiClient.Response response,
                                      String expected) {
        String text = response.text() == null ? "" : response.text();
        stats.error(endpoint, "expected " + expected + ", got " + response.status() + " "
                + text.substring(0, Math.min(300, text.length())));
        return false;
    }

    private static long amount() {
        return 100 + ThreadLocalRandom.current().nextLong(100_000);
    }
}
