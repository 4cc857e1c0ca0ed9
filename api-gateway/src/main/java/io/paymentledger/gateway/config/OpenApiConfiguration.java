package io.paymentledger.gateway.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Payment ledger API").version("v1").description("""
                        A Stripe-compatible PaymentIntents API on an event-sourced ledger. Point an official Stripe \
                        client at this server. Requests are form-encoded with bracket notation \
                        (metadata[order_id]=A-1, expand[0]=latest_charge) or JSON objects with the same names; \
                        responses are Stripe's JSON objects and error envelopes. Authenticate with \
                        'Authorization: Bearer sk_test_…'; send Idempotency-Key on POSTs to retry safely."""))
                .components(new Components().addSecuritySchemes("secretKey", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("A secret key, sk_test_…")))
                .addSecurityItem(new SecurityRequirement().addList("secretKey"));
    }
}
