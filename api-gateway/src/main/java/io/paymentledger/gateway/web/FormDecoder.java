package io.paymentledger.gateway.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits {@code application/x-www-form-urlencoded} bytes into decoded key/value pairs. Decoding is strict (a
 * bad {@code %} escape or invalid UTF-8 is a malformed body) because a lenient decoder would turn two different
 * requests into the same parameters and let them share an idempotency fingerprint.
 */
final class FormDecoder {

    private FormDecoder() {
    }

    static List<Map.Entry<String, String>> pairs(byte[] form) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= form.length; i++) {
            if (i == form.length || form[i] == '&') {
                addPair(form, start, i, pairs);
                start = i + 1;
            }
        }
        return pairs;
    }

    private static void addPair(byte[] form, int from, int to, List<Map.Entry<String, String>> pairs) {
        if (from >= to) {
            return;
        }
        int equals = from;
        while (equals < to && form[equals] != '=') {
            equals++;
        }
        String key = decode(form, from, equals);
        String value = equals < to ? decode(form, equals + 1, to) : "";
        if (!key.isEmpty()) {
            pairs.add(Map.entry(key, value));
        }
    }

    private static String decode(byte[] form, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = form[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                if (i + 2 >= to) {
                    throw ParamErrors.malformedBody();
                }
                bytes.write(hex(form[i + 1]) << 4 | hex(form[i + 2]));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ParamErrors.malformedBody();
        }
    }

    private static int hex(byte b) {
        int digit = Character.digit(b, 16);
        if (digit < 0) {
            throw ParamErrors.malformedBody();
        }
        return digit;
    }
}
