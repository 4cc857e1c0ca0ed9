package io.paymentledger.gateway.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;

/**
 * Waits for a command's or query's answer and rethrows its failure as it was raised (for example Axon's
 * {@code CommandExecutionException} carrying a payment error), so the error advice sees the real cause.
 */
public final class Futures {

    private Futures() {
    }

    public static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | CompletionException failed) {
            throw unwrap(failed);
        } catch (TimeoutException slow) {
            future.cancel(false);
            throw new ApiException(PaymentErrorCode.API_ERROR_UNEXPECTED,
                    "The ledger did not answer in time (" + what + ").", null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ApiException(PaymentErrorCode.API_ERROR_UNEXPECTED, "The request was interrupted.", null);
        }
    }

    private static RuntimeException unwrap(Exception wrapper) {
        Throwable cause = wrapper.getCause();
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause == null ? wrapper : cause);
    }
}
