package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.paymentintent.FindPaymentIntentForClient;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static org.assertj.core.api.Assertions.assertThat;

/** The hosted pages know an intent's id and client secret, never its account. */
@QuerySideTest
class PaymentIntentForClientTest {

    @Autowired
    PaymentIntentProjection projection;
    @Autowired
    PaymentIntentQueryHandlers queries;

    @Test
    void findsTheIntentForItsOwnClientSecretOnly() {
        String id = anyIntentId();
        String account = anyAccountId();
        projection.on(created(id, account, 1_000, "usd"), T0, 0, new GlobalSequenceTrackingToken(7_000_001));

        assertThat(queries.handle(new FindPaymentIntentForClient(id, id + "_secret_abc")))
                .map(PaymentIntentView::accountId).contains(account);
        assertThat(queries.handle(new FindPaymentIntentForClient(id, id + "_secret_abd"))).isEmpty();
        assertThat(queries.handle(new FindPaymentIntentForClient(id, null))).isEmpty();
        assertThat(queries.handle(new FindPaymentIntentForClient(anyIntentId(), id + "_secret_abc"))).isEmpty();
    }
}
