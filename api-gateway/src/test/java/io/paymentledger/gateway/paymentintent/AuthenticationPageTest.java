package io.paymentledger.gateway.paymentintent;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_ACTION;
import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.SUCCEEDED;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.CompletePaymentIntentAuthentication;
import io.paymentledger.messages.paymentintent.FindPaymentIntentForClient;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationPageTest extends GatewayWebTest {

    private String id;
    private PaymentIntentView pending;

    @BeforeEach
    void intentAwaitingAuthentication() {
        id = PaymentIntentIds.newId();
        PaymentIntentView base = PaymentIntentViews.view(id, REQUIRES_ACTION, 1);
        pending = new PaymentIntentView(id, "acct_alpha", 1, base.created(), base.amount(), base.currency(),
                REQUIRES_ACTION, 0, 0, id + "_secret_abc", base.details(), null, null, null,
                new NextAction("redirect_to_url", "https://shop.example/return?order=7"), null, null);
        readModelShows(pending);
        queryBySecretShows(pending);
    }

    @Test
    void showsCompleteAndFailToTheHolderOfTheClientSecret() throws Exception {
        mvc.perform(get("/authenticate/" + id + "?client_secret=" + id + "_secret_abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Complete</button>")))
                .andExpect(content().string(containsString(">Fail</button>")));
    }

    @Test
    void forbidsFramingAndForeignContentOfThePage() throws Exception {
        mvc.perform(get("/authenticate/" + id + "?client_secret=" + id + "_secret_abc"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                        org.hamcrest.Matchers.containsString("default-src 'none'"))));
    }

    @Test
    void hidesTheIntentFromAWrongClientSecret() throws Exception {
        mvc.perform(get("/authenticate/" + id + "?client_secret=" + id + "_secret_guess"))
                .andExpect(status().isNotFound());
    }

    @Test
    void completesAndRedirectsToTheReturnUrlWithStripesParameters() throws Exception {
        commandsAnswer(new CommandResult(id, 2, null), PaymentIntentViews.view(id, SUCCEEDED, 2));
        readModelShowsFirstThen(pending);
        mvc.perform(post("/authenticate/" + id).contentType("application/x-www-form-urlencoded")
                        .content("client_secret=" + id + "_secret_abc&outcome=succeed"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "https://shop.example/return?order=7&payment_intent=" + id
                        + "&payment_intent_client_secret=" + id + "_secret_abc&redirect_status=succeeded"));
        verify(commands).send(argThat(command -> command instanceof CompletePaymentIntentAuthentication complete
                && complete.succeeded() && complete.accountId().equals("acct_alpha")), any(MetaData.class));
    }

    // The page first reads the pending intent; after the command the subscription shows the authenticated one.
    private void readModelShowsFirstThen(PaymentIntentView first) {
        queryBySecretShows(first);
    }

    /** The query side's answer (PaymentIntentQueryHandlers): the intent for its own secret, nothing otherwise. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void queryBySecretShows(PaymentIntentView view) {
        when(queries.query(any(FindPaymentIntentForClient.class), any(ResponseType.class))).thenAnswer(invocation -> {
            FindPaymentIntentForClient query = invocation.getArgument(0);
            boolean match = query.paymentIntentId().equals(view.id()) && view.clientSecret().equals(query.clientSecret());
            return (CompletableFuture) CompletableFuture.completedFuture(match ? Optional.of(view) : Optional.empty());
        });
    }
}
