package io.paymentledger.gateway.idempotency;

/** What claiming an idempotency key found; {@code stored} is set only for {@link Outcome#REPLAY}. */
record Claim(Outcome outcome, StoredResponse stored) {

    enum Outcome {
        /** This request owns the key and executes. */
        CLAIMED,
        /** A finished request with the same parameters: answer with its response. */
        REPLAY,
        /** The key was used with other parameters or another endpoint. */
        MISMATCH,
        /** A request with this key is still running. */
        IN_USE
    }

    static Claim of(Outcome outcome) {
        return new Claim(outcome, null);
    }
}
