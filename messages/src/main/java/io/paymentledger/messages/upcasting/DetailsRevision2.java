package io.paymentledger.messages.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Revision 1 to 2 of {@code PaymentIntentDetails} on a JSON tree: the fourteen flat fields become the groups
 * {@code settings}, {@code descriptors}, {@code references}, next to {@code metadata} and {@code shipping}. A tree
 * that is already grouped (or null) is returned as it is, so stored read-model rows of either shape can be read.
 */
public final class DetailsRevision2 {

    private static final List<String> SETTINGS = List.of("captureMethod", "confirmationMethod", "paymentMethodTypes",
            "paymentMethodOptions", "automaticPaymentMethods", "setupFutureUsage");
    private static final List<String> DESCRIPTORS = List.of("description", "statementDescriptor",
            "statementDescriptorSuffix", "receiptEmail");

    private DetailsRevision2() {
    }

    public static JsonNode regroup(JsonNode details) {
        if (details == null || !details.isObject() || details.has("settings")) {
            return details;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode grouped = nodes.objectNode();
        ObjectNode settings = grouped.putObject("settings");
        SETTINGS.forEach(field -> settings.set(field, details.get(field)));
        ObjectNode descriptors = grouped.putObject("descriptors");
        DESCRIPTORS.forEach(field -> descriptors.set(field, details.get(field)));
        ObjectNode references = grouped.putObject("references");
        references.set("customer", details.get("customer"));
        references.set("merchant", details.get("merchantReferences"));
        grouped.set("metadata", details.get("metadata"));
        grouped.set("shipping", details.get("shipping"));
        return grouped;
    }
}
