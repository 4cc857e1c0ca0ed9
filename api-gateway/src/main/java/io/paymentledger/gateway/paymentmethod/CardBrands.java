package io.paymentledger.gateway.paymentmethod;

/** The card brand from the number's IIN prefix (docs/api.md §2.3). */
final class CardBrands {

    private CardBrands() {
    }

    static String brandOf(String number) {
        int two = prefix(number, 2);
        int three = prefix(number, 3);
        int four = prefix(number, 4);
        if (number.startsWith("4")) {
            return "visa";
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "mastercard";
        }
        if (two == 34 || two == 37) {
            return "amex";
        }
        if (four == 6011 || two == 65 || (three >= 644 && three <= 649)) {
            return "discover";
        }
        if (two == 35) {
            return "jcb";
        }
        if (two == 30 || two == 36 || two == 38) {
            return "diners";
        }
        if (two == 62) {
            return "unionpay";
        }
        return "unknown";
    }

    private static int prefix(String number, int digits) {
        return number.length() < digits ? -1 : Integer.parseInt(number.substring(0, digits));
    }
}
