package io.paymentledger.query.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Moves the positions of processors that were merged into one (their processing groups now share
 * {@code processor}) onto that processor, once: its segments start from the slowest old position, so no event is
 * skipped, and the few that some old processors had already handled arrive again and are skipped by the handlers'
 * version checks. The old tokens are deleted in the same transaction. Nothing happens when the processor already
 * has tokens or no old processor had any. An old token another JVM still claims (a hard kill just before) is
 * waited for until Axon's claim timeout frees it.
 */
final class TokenCarryOver {

    private static final Logger log = LoggerFactory.getLogger(TokenCarryOver.class);
    private static final Duration CLAIM_WAIT = Duration.ofSeconds(20);

    private final TokenStore tokens;
    private final TransactionManager transactions;

    TokenCarryOver(TokenStore tokens, TransactionManager transactions) {
        this.tokens = tokens;
        this.transactions = transactions;
    }

    void carryOver(List<String> oldProcessors, String processor) {
        long deadline = System.nanoTime() + CLAIM_WAIT.toNanos();
        while (true) {
            try {
                transactions.executeInTransaction(() -> moveTokens(oldProcessors, processor));
                return;
            } catch (UnableToClaimTokenException claimedElsewhere) {
                if (System.nanoTime() > deadline) {
                    throw claimedElsewhere;
                }
                pause();
            } catch (UnableToInitializeTokenException anotherNodeWasFirst) {
                log.info("Another node carried the positions over to processor {} first", processor);
                return;
            }
        }
    }

    private void moveTokens(List<String> oldProcessors, String processor) {
        if (tokens.fetchSegments(processor).length > 0) {
            return;
        }
        List<Runnable> deletions = new ArrayList<>();
        TrackingToken slowest = null;
        boolean any = false;
        int segmentCount = 0;
        for (String old : oldProcessors) {
            int[] segments = tokens.fetchSegments(old);
            segmentCount = Math.max(segmentCount, segments.length);
            for (int segment : segments) {
                TrackingToken token = tokens.fetchToken(old, segment);
                slowest = any ? lowerBound(slowest, token) : token;
                any = true;
                deletions.add(() -> tokens.deleteToken(old, segment));
            }
        }
        if (!any) {
            return;
        }
        tokens.initializeTokenSegments(processor, segmentCount, slowest);
        deletions.forEach(Runnable::run);
        log.info("Processor {} starts from {}, the slowest position of {} (their tokens are removed)", processor,
                slowest, Arrays.toString(oldProcessors.toArray()));
    }

    /** A null token is the start of the store, below every other. */
    private static TrackingToken lowerBound(TrackingToken a, TrackingToken b) {
        return a == null || b == null ? null : a.lowerBound(b);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an old processor's token", e);
        }
    }
}
