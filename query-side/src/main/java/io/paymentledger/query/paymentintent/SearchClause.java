package io.paymentledger.query.paymentintent;

/**
 * One parsed clause: {@code [-]field operator value}. {@code metadataKey} is set for {@code metadata['key']};
 * the value is {@code text} for strings, {@code number} for numbers, and both null for {@code null} (absence).
 */
record SearchClause(boolean negated, SearchField field, String metadataKey, SearchOperator operator, String text,
                    Long number) {

    boolean testsAbsence() {
        return text == null && number == null;
    }
}
