package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.query.axon.QueryRejections;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque {@code next_page} of a search result: the position of the page's last intent, base64url. */
final class SearchPageToken {

    private static final String PREFIX = "v1:";

    private SearchPageToken() {
    }

    static String encode(IntentPosition position) {
        String text = PREFIX + position.created() + ":" + position.creationPosition();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static IntentPosition decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException(text);
            }
            String[] parts = text.substring(PREFIX.length()).split(":");
            return new IntentPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw QueryRejections.rejected(PaymentErrorCode.INVALID_REQUEST,
                    "Invalid page: pass the next_page value of a previous search result.", "page");
        }
    }
}
