package io.paymentledger.gateway.idempotency;

/** Ends a request whose key already has a stored answer; the error advice writes that answer back. */
public class IdempotentReplayException extends RuntimeException {

    private final transient StoredResponse response;

    IdempotentReplayException(StoredResponse response) {
        super("idempotent replay", null, false, false);
        this.response = response;
    }

    public StoredResponse response() {
        return response;
    }
}
