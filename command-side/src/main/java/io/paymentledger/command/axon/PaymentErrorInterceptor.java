package io.paymentledger.command.axon;

import io.paymentledger.command.paymentintent.PaymentRejectedException;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentRejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Turns refusals into {@link CommandExecutionException}s whose details are a {@link PaymentRejection}: exception
 * classes do not cross a distributed command bus, details do, so the gateway only ever reads the details.
 */
public class PaymentErrorInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (PaymentRejectedException e) {
            throw new CommandExecutionException(e.getMessage(), e, e.toRejection());
        } catch (AggregateNotFoundException e) {
            PaymentError missing = PaymentRejectedException
                    .noSuchPaymentIntent(String.valueOf(e.getAggregateIdentifier())).error();
            throw new CommandExecutionException(missing.message(), e, new PaymentRejection(missing, null, null));
        }
    }
}
