package io.paymentledger.gateway.paymentmethod;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The test cards of docs/api.md §5, read from {@code test-cards.csv}: by number, by test payment method id, by token. */
final class TestCards {

    private static final String RESOURCE = "/io/paymentledger/gateway/paymentmethod/test-cards.csv";

    private final Map<String, TestCard> byNumber = new HashMap<>();
    private final Map<String, TestCard> byPaymentMethodId = new HashMap<>();

    private TestCards() {
    }

    static TestCards load() {
        TestCards cards = new TestCards();
        try (InputStream in = TestCards.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(cards::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cards;
    }

    private void add(String line) {
        String[] columns = line.split(",");
        TestCard card = new TestCard(columns[0].trim(), columns[1].trim(),
                columns[2].trim());
        // The first row of a number is its behaviour when typed in; later rows only add payment method ids.
        byNumber.putIfAbsent(card.number(), card);
        for (String id : columns[3].trim().split("\\s+")) {
            byPaymentMethodId.put(id, card);
        }
    }

    Optional<TestCard> byNumber(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    Optional<TestCard> byPaymentMethodId(String paymentMethodId) {
        return Optional.ofNullable(byPaymentMethodId.get(paymentMethodId));
    }

    /** {@code tok_visa} names the same card as {@code pm_card_visa}. */
    Optional<TestCard> byToken(String token) {
        if (token == null || !token.startsWith("tok_")) {
            return Optional.empty();
        }
        return byPaymentMethodId("pm_card_" + token.substring("tok_".length()));
    }
}
