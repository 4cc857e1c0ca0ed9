package io.paymentledger.ledger.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * The hand-written OpenAPI document ({@value #LOCATION}, shipped in the api-gateway jar) as the tests read it:
 * its routes, and the schema of each documented response, checked with an OpenAPI 3.0 schema validator.
 */
public final class OpenApiDocument {

    public static final String LOCATION = "openapi/ledger.yaml";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());

    public OpenApiDocument() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the class path");
            }
            root = new YAMLMapper().readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Every documented operation as {@code "POST /v1/payment_intents/{}"}: path variables lose their names. */
    public Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        root.get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                routes.add(route(method, path.getKey()));
            }
        }));
        return routes;
    }

    public static String route(String method, String path) {
        return method.toUpperCase() + " " + path.replaceAll("\\{[^}]+}", "{}");
    }

    /**
     * The errors of validating {@code json} against the JSON schema the operation documents for {@code status}
     * (or its {@code default} response); fails when the operation documents no JSON body for it.
     */
    public List<Error> validate(String operationId, int status, String json) {
        return schemas.getSchema(SchemaLocation.of("classpath:" + LOCATION + "#" + responseSchemaPointer(
                operationId, status))).validate(json, InputFormat.JSON);
    }

    /** The JSON pointer of {@code /components/schemas/<name>}, for direct checks. */
    public List<Error> validateAgainst(String schemaName, String json) {
        return schemas.getSchema(SchemaLocation.of("classpath:" + LOCATION + "#/components/schemas/" + schemaName))
                .validate(json, InputFormat.JSON);
    }

    private String responseSchemaPointer(String operationId, int status) {
        for (Map.Entry<String, JsonNode> path : root.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (operationId.equals(operation.getValue().path("operationId").asText())) {
                    String pointer = "/paths/" + escape(path.getKey()) + "/" + operation.getKey() + "/responses/";
                    JsonNode responses = operation.getValue().get("responses");
                    String code = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
                    JsonNode response = responses.get(code);
                    if (response == null) {
                        throw new AssertionError(operationId + " documents no " + status + " response");
                    }
                    pointer += code;
                    if (response.has("$ref")) {
                        pointer = response.get("$ref").asText().substring(1);
                        response = root.at(pointer);
                    }
                    if (!response.path("content").has("application/json")) {
                        throw new AssertionError(operationId + " documents no JSON body for " + status);
                    }
                    return pointer + "/content/application~1json/schema";
                }
            }
        }
        throw new AssertionError("No operation " + operationId + " in " + LOCATION);
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
