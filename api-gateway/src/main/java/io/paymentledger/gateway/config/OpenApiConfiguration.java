package io.paymentledger.gateway.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). The controllers read
 * their parameters from the raw body, so the request bodies are described here: form-encoded or JSON objects.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PARAMETERS = """
            Stripe's parameters, form-encoded with bracket notation (amount=2000&currency=usd&\
            metadata[order_id]=A-1&expand[0]=latest_charge), or a JSON object with the same names.""";

    @Bean
    OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Payment ledger API").version("v1").description("""
                        A Stripe-compatible PaymentIntents API on an event-sourced ledger: point an official Stripe \
                        client at this server. Responses are Stripe's JSON objects and error envelopes \
                        ({"error":{"type","code","message","param"}}). Authenticate with \
                        'Authorization: Bearer sk_test_…' (or Basic with the key as user name); send an \
                        Idempotency-Key header on POSTs to retry them safely."""))
                .components(new Components().addSecuritySchemes("secretKey", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("A secret key, sk_test_…")))
                .addSecurityItem(new SecurityRequirement().addList("secretKey"));
    }

    @Bean
    OperationCustomizer formOrJsonBodies() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(PostMapping.class) && operation.getRequestBody() == null) {
                operation.requestBody(new RequestBody().description(PARAMETERS).content(new Content()
                        .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(new ObjectSchema()))
                        .addMediaType("application/json", new MediaType().schema(new ObjectSchema()))));
            }
            return operation;
        };
    }
}
