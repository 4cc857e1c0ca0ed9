package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import com.stripe.exception.InvalidRequestException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentUpdateParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** An account never sees nor touches another account's intents: they answer 404 as if they did not exist. */
class CrossAccountTest extends StripeApiTest {

    @Test
    void anotherAccountsIntentIsMissingForEveryOperation() throws Exception {
        PaymentIntent alphas = authorized(ALPHA, 2_000);
        List<Executable> attempts = List.of(
                () -> PaymentIntent.retrieve(alphas.getId(), as(BETA)),
                () -> alphas.update(PaymentIntentUpdateParams.builder().setDescription("mine").build(), as(BETA)),
                () -> alphas.confirm(as(BETA)),
                () -> alphas.capture(as(BETA)),
                () -> alphas.cancel(as(BETA)));
        for (Executable attempt : attempts) {
            InvalidRequestException missing = catchThrowableOfType(InvalidRequestException.class, attempt::execute);
            assertThat(missing.getStatusCode()).isEqualTo(404);
            assertThat(missing.getCode()).isEqualTo("resource_missing");
        }
        assertThat(PaymentIntent.retrieve(alphas.getId(), as(ALPHA)).getStatus()).isEqualTo("requires_capture");
    }

    @Test
    void listsShowOnlyTheCallersOwnIntents() throws Exception {
        PaymentIntent alphas = authorized(ALPHA, 2_000);
        List<String> betaIds = new ArrayList<>();
        PaymentIntent.list(PaymentIntentListParams.builder().setLimit(100L).build(), as(BETA))
                .autoPagingIterable().forEach(intent -> betaIds.add(intent.getId()));
        assertThat(betaIds).doesNotContain(alphas.getId());
    }
}
