package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import org.junit.jupiter.api.Test;

/** Simultaneous requests on one intent or one idempotency key: one wins, the others are refused cleanly. */
class ConcurrencyTest extends StripeApiTest {

    private static final int REQUESTS = 10;

    @Test
    void ofTenSimultaneousCapturesExactlyOneSucceeds() throws Exception {
        PaymentIntent intent = authorized(ALPHA, 5_000);
        List<String> outcomes = simultaneously(() -> {
            try {
                return intent.capture(as(ALPHA)).getStatus();
            } catch (InvalidRequestException refused) {
                return refused.getCode();
            }
        });
        assertThat(outcomes).containsOnlyOnce("succeeded");
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals("succeeded"))
                .hasSize(REQUESTS - 1).containsOnly("payment_intent_unexpected_state");
        PaymentIntent captured = PaymentIntent.retrieve(intent.getId(), as(ALPHA));
        assertThat(captured.getAmountReceived()).isEqualTo(5_000L);
    }

    @Test
    void simultaneousRetriesWithOneKeyCreateOneIntent() throws Exception {
        String key = uniqueKey();
        String marker = uniqueKey();
        List<String> outcomes = simultaneously(() -> {
            try {
                return PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(4_000L).setCurrency("usd")
                        .putMetadata("run", marker).build(), as(RACES, key)).getId();
            } catch (StripeException inUse) {
                return inUse.getStatusCode() + ":" + inUse.getCode();
            }
        });
        List<String> ids = outcomes.stream().filter(outcome -> outcome.startsWith("pi_")).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(outcomes).allMatch(outcome -> outcome.equals(ids.get(0))
                || outcome.equals("409:idempotency_key_in_use"));
        List<String> created = new ArrayList<>();
        PaymentIntent.list(PaymentIntentListParams.builder().setLimit(100L).build(), as(RACES))
                .autoPagingIterable().forEach(listed -> {
                    if (marker.equals(listed.getMetadata().get("run"))) {
                        created.add(listed.getId());
                    }
                });
        assertThat(created).containsExactly(ids.get(0));
    }

    private static List<String> simultaneously(Callable<String> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
