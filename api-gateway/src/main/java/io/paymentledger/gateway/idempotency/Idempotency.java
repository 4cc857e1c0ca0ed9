package io.paymentledger.gateway.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.paymentmethod.KeyedHashes;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.error.PaymentErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Idempotency-Key handling (docs/api.md §7). A controller calls {@link #begin} after validating its parameters and
 * before sending anything: a first request claims the key, and {@link IdempotencyFilter} stores the status and
 * exact body it answers with; a retry with the same parameters gets that answer back
 * ({@link IdempotentReplayException}); other parameters get {@code idempotency_error}; a retry while the
 * first is still running gets 409 {@code idempotency_key_in_use}. Requests refused before {@code begin}
 * (authentication, validation) never touch the store.
 */
@Component
public class Idempotency {

    static final String HEADER = "Idempotency-Key";
    static final String CLAIM_ATTRIBUTE = Idempotency.class.getName() + ".claim";
    static final String STORE_NOTHING_ATTRIBUTE = Idempotency.class.getName() + ".storeNothing";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final GatewayProperties properties;
    private final KeyedHashes hashes;
    private final Clock clock;

    Idempotency(IdempotencyStore store, GatewayProperties properties, KeyedHashes hashes) {
        this.store = store;
        this.properties = properties;
        this.hashes = hashes;
        this.clock = Clock.systemUTC();
    }

    /**
     * Claims the request's key, if it has one. The record keeps a keyed digest (HMAC under the fingerprint secret) of
     * the method, path and canonical parameters ({@link RequestParams#canonical}: encoding-independent, CVCs left
     * out), so a request with another card is another request, yet the record cannot be brute-forced back to a card
     * number without the secret.
     */
    public void begin(HttpServletRequest request, Caller caller, RequestParams params) {
        String key = request.getHeader(HEADER);
        if (key == null || key.isEmpty() || !"POST".equals(request.getMethod())) {
            return;
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST,
                    "Invalid Idempotency-Key: must be at most " + MAX_KEY_LENGTH + " characters", HEADER);
        }
        String fingerprint = hashes.requestDigest(request.getMethod() + " " + request.getRequestURI() + "\n"
                + params.canonical());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Claim claim = store.claim(caller.accountId(), key, fingerprint, now,
                now.minus(properties.idempotencyRetention()), now.minus(abandonAfter()));
        switch (claim.outcome()) {
            case CLAIMED -> request.setAttribute(CLAIM_ATTRIBUTE, new ClaimedKey(caller.accountId(), key));
            case REPLAY -> throw new IdempotentReplayException(claim.stored());
            case MISMATCH -> throw new ApiException(PaymentErrorCode.IDEMPOTENCY_KEY_MISMATCH,
                    "Keys for idempotent requests can only be used with the same parameters they were first used "
                            + "with. Try using a key other than '" + key + "' if you meant to execute a different "
                            + "request.", null);
            case IN_USE -> throw new ApiException(PaymentErrorCode.IDEMPOTENCY_KEY_IN_USE,
                    "There is currently another in-progress request using this idempotent key (that probably "
                            + "means you submitted twice, and the other request is still going through): " + key
                            + ". Please try again later.", null);
        }
    }

    /**
     * The request's answer is not to be kept: it committed nothing (validation refused it, it lost a race, the
     * database was down), so its key is released and a retry with the same key runs afresh.
     */
    public static void storeNothing(HttpServletRequest request) {
        request.setAttribute(STORE_NOTHING_ATTRIBUTE, Boolean.TRUE);
    }

    void complete(ClaimedKey claimed, StoredResponse response) {
        store.complete(claimed.accountId(), claimed.key(), response, clock.instant());
    }

    void release(ClaimedKey claimed) {
        store.release(claimed.accountId(), claimed.key());
    }

    int prune() {
        return store.pruneCreatedBefore(clock.instant().minus(properties.idempotencyRetention()));
    }

    // A request still unfinished after its command and read-after-write timeouts (and then some) has died.
    private Duration abandonAfter() {
        return properties.commandTimeout().plus(properties.readAfterWriteTimeout()).multipliedBy(2);
    }

    record ClaimedKey(String accountId, String key) {
    }
}
