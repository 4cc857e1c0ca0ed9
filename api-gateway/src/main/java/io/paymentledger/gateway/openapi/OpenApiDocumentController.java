package io.paymentledger.gateway.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the hand-written OpenAPI document, {@value #LOCATION} on the class path, at {@code /v3/api-docs} (JSON)
 * and {@code /v3/api-docs.yaml}. The controllers read their parameters from the raw body and render hand-built
 * JSON, so a generator could not infer their schemas; the document is the contract and tests hold the
 * application to it.
 */
@RestController
class OpenApiDocumentController {

    static final String LOCATION = "openapi/ledger.yaml";
    static final String JSON_PATH = "/v3/api-docs";
    static final String YAML_PATH = "/v3/api-docs.yaml";

    private final byte[] yaml;
    private final byte[] json;

    OpenApiDocumentController() {
        try {
            yaml = new ClassPathResource(LOCATION).getContentAsByteArray();
            json = new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(yaml));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The OpenAPI document " + LOCATION + " cannot be read", unreadable);
        }
    }

    @GetMapping(path = JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] json() {
        return json;
    }

    @GetMapping(path = YAML_PATH, produces = "application/yaml")
    byte[] yaml() {
        return yaml;
    }
}
