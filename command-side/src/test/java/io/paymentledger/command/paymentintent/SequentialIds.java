package io.paymentledger.command.paymentintent;

import io.paymentledger.command.processor.Ids;

/** Predictable ids for fixtures: the n-th id of a test is {@code prefix + "test" + n}, zero-padded to 24 chars. */
final class SequentialIds implements Ids {

    private int next = 1;

    @Override
    public String next(String prefix) {
        return id(prefix, next++);
    }

    static String id(String prefix, int n) {
        return prefix + "test" + String.format("%020d", n);
    }
}
