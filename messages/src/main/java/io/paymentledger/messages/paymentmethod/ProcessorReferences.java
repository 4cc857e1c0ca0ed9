package io.paymentledger.messages.paymentmethod;

/**
 * A payment method's processor reference once a payment has set the card up for off-session use
 * ({@code setup_future_usage=off_session}, docs/api.md §17.4): the vault appends {@link #SET_UP_FOR_OFF_SESSION} when
 * it hands the saved card out, as an acquirer returns a reference for merchant-initiated payments. The processor
 * reads the card's own reference without it.
 */
public final class ProcessorReferences {

    public static final String SET_UP_FOR_OFF_SESSION = "#off_session";

    private ProcessorReferences() {
    }

    public static String setUpForOffSession(String reference) {
        return reference == null || isSetUpForOffSession(reference) ? reference : reference + SET_UP_FOR_OFF_SESSION;
    }

    public static boolean isSetUpForOffSession(String reference) {
        return reference != null && reference.endsWith(SET_UP_FOR_OFF_SESSION);
    }

    /** The card's reference as its processor issued it. */
    public static String card(String reference) {
        return isSetUpForOffSession(reference)
                ? reference.substring(0, reference.length() - SET_UP_FOR_OFF_SESSION.length()) : reference;
    }
}
