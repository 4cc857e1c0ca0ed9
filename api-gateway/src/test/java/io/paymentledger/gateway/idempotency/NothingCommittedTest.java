package io.paymentledger.gateway.idempotency;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.paymentintent.CommandResult;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A request that committed nothing leaves no answer under its Idempotency-Key (Stripe saves no result when
 * validation fails): the aggregate's validation refusals and a database outage release the key, so the corrected
 * or repeated request runs. An outage is a 503 {@code api_error} that asks to be retried.
 */
class NothingCommittedTest extends GatewayWebTest {

    private final String key = UUID.randomUUID().toString();

    private MockHttpServletRequestBuilder create(String body) {
        return post("/v1/payment_intents").header("Authorization", "Bearer " + ALPHA_KEY)
                .header("Idempotency-Key", key).contentType("application/x-www-form-urlencoded").content(body);
    }

    private void aggregateRefuses(PaymentErrorCode code, String param) {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        when(commands.send(any(), any(MetaData.class))).thenReturn(CompletableFuture.failedFuture(
                new CommandExecutionException("refused", null, new PaymentRejection(
                        new PaymentError(code, null, "refused by the aggregate", param), null, null))));
    }

    private void succeeds() {
        commandsAnswer(new CommandResult("pi_1", 0, null), PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
    }

    @Test
    void aCorrectedRetryRunsAfterTheAggregateRefusedTheAmount() throws Exception {
        aggregateRefuses(PaymentErrorCode.AMOUNT_TOO_SMALL, "amount");
        mvc.perform(create("amount=10&currency=usd")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("amount_too_small"));
        succeeds();
        mvc.perform(create("amount=2000&currency=usd")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void aCorrectedRetryRunsAfterAnUnknownPaymentMethodOrCurrency() throws Exception {
        aggregateRefuses(PaymentErrorCode.RESOURCE_MISSING, "payment_method");
        mvc.perform(create("amount=2000&currency=usd&payment_method=pm_nope&confirm=true"))
                .andExpect(status().isBadRequest());
        aggregateRefuses(PaymentErrorCode.INVALID_REQUEST, "currency");
        mvc.perform(create("amount=2000&currency=xts")).andExpect(status().isBadRequest());
        succeeds();
        mvc.perform(create("amount=2000&currency=usd")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void aDatabaseOutageIsARetryable503AndTheSameRequestRunsAfterIt() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        when(commands.send(any(), any(MetaData.class))).thenReturn(CompletableFuture.failedFuture(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))));
        mvc.perform(create("amount=2000&currency=usd"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Stripe-Should-Retry", "true"))
                .andExpect(jsonPath("$.error.type").value("api_error"))
                .andExpect(jsonPath("$.error.message").value(org.hamcrest.Matchers.startsWith(
                        "The ledger's database is unavailable")));
        succeeds();
        mvc.perform(create("amount=2000&currency=usd")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void stillReplaysARefusalThatIsNotAValidationFailure() throws Exception {
        aggregateRefuses(PaymentErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null);
        mvc.perform(create("amount=2000&currency=usd")).andExpect(status().isBadRequest());
        succeeds();
        mvc.perform(create("amount=2000&currency=usd")).andExpect(status().isBadRequest())
                .andExpect(header().string("Idempotent-Replayed", "true"));
    }
}
