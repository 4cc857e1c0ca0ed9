package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.gateway.web.ParamReader;

import java.util.Set;

/**
 * A card hash ({@code card[...]}, {@code payment_method_data[card][...]}). Number, expiry and CVC are only checked
 * for type here: Luhn, expiry and CVC rules are the vault's, which answers them with card errors.
 */
public final class CardParams {

    private static final int MAX_VALUE = 5000;
    private static final Set<String> CARD = Set.of("number", "exp_month", "exp_year", "cvc", "token");

    private CardParams() {
    }

    public static CardData read(ParamReader card) {
        card.allowOnly(CARD);
        return new CardData(card.optionalString("number", MAX_VALUE), intOrNull(card, "exp_month"),
                intOrNull(card, "exp_year"), card.optionalString("cvc", MAX_VALUE),
                card.optionalString("token", MAX_VALUE));
    }

    private static Integer intOrNull(ParamReader card, String key) {
        Long value = card.integer(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
    }
}
