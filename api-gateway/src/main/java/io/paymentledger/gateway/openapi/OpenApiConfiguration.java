package io.paymentledger.gateway.openapi;

import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Swagger UI ({@code /swagger-ui.html}) shows the hand-written document. springdoc's generator is switched off
 * ({@code springdoc.api-docs.enabled=false} in {@code openapi/springdoc.properties}, which application settings
 * may override), and that switch also removes the three beans springdoc's UI needs, so they are declared here
 * (springdoc's FAQ: "use swagger-ui with a static OpenAPI file"). Declared as beans, not imported, so that
 * springdoc's generating configuration stays off.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:openapi/springdoc.properties")
class OpenApiConfiguration {

    @Bean
    SpringDocConfiguration springDocConfiguration() {
        return new SpringDocConfiguration();
    }

    @Bean
    SpringDocConfigProperties springDocConfigProperties() {
        return new SpringDocConfigProperties();
    }

    @Bean
    ObjectMapperProvider springDocObjectMapperProvider(SpringDocConfigProperties properties) {
        return new ObjectMapperProvider(properties);
    }
}
