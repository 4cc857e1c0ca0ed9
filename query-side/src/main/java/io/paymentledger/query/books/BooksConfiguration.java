package io.paymentledger.query.books;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(BooksProperties.class)
class BooksConfiguration {
}
