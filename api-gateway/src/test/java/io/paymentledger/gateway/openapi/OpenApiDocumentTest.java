package io.paymentledger.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The hand-written OpenAPI document is valid for swagger-parser and keeps its conventions: Stripe-style operation
 * ids derived from method and path, a schema for every JSON answer, errors in Stripe's envelope, and the admin
 * key on the admin API. Whether it matches the running application is OpenApiContractTest's (ledger module).
 */
class OpenApiDocumentTest {

    private static final String ERROR_SCHEMA = "#/components/schemas/Error";
    private static final String WORDPRESS_ERROR_SCHEMA = "#/components/schemas/WordPressError";

    private final String yaml = read();
    private final SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, new ParseOptions());
    private final OpenAPI document = parsed.getOpenAPI();

    @Test
    void isAValidOpenApiDocument() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(document.getOpenapi()).isEqualTo("3.0.3");
        assertThat(document.getPaths()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(document.getComponents().getSchemas()).containsKeys("PaymentIntent", "PaymentMethod", "Charge",
                "Event", "WebhookEndpoint", "PaymentIntentList", "PaymentIntentSearchResult", "Error");
    }

    @Test
    void namesEveryOperationAsStripeDoesFromItsMethodAndPath() {
        List<String> wrong = new ArrayList<>();
        eachOperation((route, operation) -> {
            String expected = stripeOperationId(route[0], route[1]);
            if (!expected.equals(operation.getOperationId())) {
                wrong.add(route[0] + " " + route[1] + " is " + operation.getOperationId() + ", expected " + expected);
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(stripeOperationId("post", "/v1/payment_intents/{intent}/confirm"))
                .isEqualTo("PostPaymentIntentsIntentConfirm");
    }

    @Test
    void describesEveryAnswerAndEveryErrorWithTheEnvelope() {
        List<String> wrong = new ArrayList<>();
        eachOperation((route, operation) -> operation.getResponses().forEach((status, given) -> {
            ApiResponse response = resolve(given);
            MediaType json = response.getContent() == null ? null : response.getContent().get("application/json");
            boolean error = status.startsWith("4") || status.startsWith("5") || status.equals("default");
            // The WooPayments route answers WordPress's envelope (docs/api.md §18.1).
            String envelope = route[1].startsWith("/wp-json/") ? WORDPRESS_ERROR_SCHEMA : ERROR_SCHEMA;
            if (error && (json == null || !envelope.equals(json.getSchema().get$ref()))) {
                wrong.add(operation.getOperationId() + " " + status + " is not the error envelope");
            }
            if (status.startsWith("2") && (response.getContent() == null || response.getContent().values().stream()
                    .anyMatch(media -> media.getSchema() == null))) {
                wrong.add(operation.getOperationId() + " " + status + " has no schema");
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void guardsTheAdminApiWithTheAdminKeyAndTheRestWithASecretKey() {
        assertThat(document.getSecurity()).extracting(requirement -> requirement.keySet().iterator().next())
                .containsExactly("bearerAuth", "basicAuth");
        eachOperation((route, operation) -> {
            if (route[1].startsWith("/admin/")) {
                assertThat(operation.getSecurity()).as(operation.getOperationId()).hasSize(1)
                        .allSatisfy(requirement -> assertThat(requirement).containsOnlyKeys("adminKey"));
            } else if (route[1].startsWith("/v1/")) {
                assertThat(operation.getSecurity()).as(operation.getOperationId() + " inherits the secret key")
                        .isNull();
            }
        });
    }

    @Test
    void servesTheDocumentAsYamlAndAsTheSameJson() throws IOException {
        OpenApiDocumentController controller = new OpenApiDocumentController();
        assertThat(new String(controller.yaml(), StandardCharsets.UTF_8)).isEqualTo(yaml);
        assertThat(new ObjectMapper().readTree(controller.json())).isEqualTo(new YAMLMapper().readTree(yaml));
    }

    /** Stripe's naming: the method, then each path segment in camel case, path variables by their name. */
    static String stripeOperationId(String method, String path) {
        StringBuilder id = new StringBuilder(capitalize(method));
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.equals("v1")) {
                for (String word : segment.replaceAll("[{}]", "").split("[_-]")) {
                    id.append(capitalize(word));
                }
            }
        }
        return id.toString();
    }

    private void eachOperation(BiConsumer<String[], Operation> check) {
        for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, operation) ->
                    check.accept(new String[] {method.name().toLowerCase(), path.getKey()}, operation));
        }
    }

    private ApiResponse resolve(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return document.getComponents().getResponses().get(name);
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String read() {
        try {
            return new ClassPathResource(OpenApiDocumentController.LOCATION).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
