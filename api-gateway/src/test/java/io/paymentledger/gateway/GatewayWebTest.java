package io.paymentledger.gateway;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.DefaultSubscriptionQueryResult;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Base of the gateway's wire tests: the real gateway (filters, controllers, error advice, idempotency store on
 * in-memory H2) with the command and query buses mocked. All subclasses share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
public abstract class GatewayWebTest {

    protected static final String ALPHA_KEY = "sk_test_alpha1234";
    protected static final String BETA_KEY = "sk_test_beta5678";

    @Autowired
    protected MockMvc mvc;
    @MockitoBean
    protected CommandGateway commands;
    @MockitoBean
    protected QueryGateway queries;

    protected static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + ALPHA_KEY);
    }

    /** Commands answer with {@code result}; the read model shows {@code view} at once. */
    protected void commandsAnswer(CommandResult result, PaymentIntentView view) {
        when(commands.send(any(), any(MetaData.class))).thenReturn(CompletableFuture.completedFuture(result));
        readModelShows(view);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void readModelShows(PaymentIntentView view) {
        when(queries.subscriptionQuery(argThat(query -> query instanceof FindPaymentIntent), any(ResponseType.class),
                any(ResponseType.class))).thenAnswer(invocation -> new DefaultSubscriptionQueryResult<>(
                Mono.just(Optional.ofNullable(view)), Flux.never(), () -> true));
        when(queries.query(argThat(query -> query instanceof FindPaymentIntent), any(ResponseType.class)))
                .thenReturn((CompletableFuture) CompletableFuture.completedFuture(Optional.ofNullable(view)));
    }
}
