package io.paymentledger.query.axon;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one failing read-model handler from poisoning the batch it runs in. All read models share one processor and
 * one transaction per batch ({@link Projections}); on PostgreSQL a failed statement aborts that transaction, so the
 * dead-letter insert that should park the event fails too and the whole batch would be retried forever. (On H2 the
 * transaction survives, but the failed handler's earlier writes would commit beside the parked event.)
 *
 * <p>Savepoints cost a round trip each way on PostgreSQL for every handler call, so they are used only when needed:
 * a handler that fails without one marks its batch to roll back and turns savepoints on for {@link #WINDOW}; the
 * processor retries the batch, now with a savepoint around each read-model handler, and the failing event parks in its
 * group's dead-letter queue alone; the rows {@link BatchRows} kept for the batch are dropped, since the database no
 * longer holds what the failed handler wrote. The event chain's heads are not wrapped: they have no dead-letter queue and must
 * stop rather than skip.
 */
@Component
public class HandlerSavepoints implements HandlerEnhancerDefinition {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(HandlerSavepoints.class);
    private static final String ROLLBACK_MARK = HandlerSavepoints.class.getName() + ".rollback";

    private final ObjectProvider<PlatformTransactionManager> transactionManager;
    private final Clock clock;
    private final AtomicLong savepointsUntil = new AtomicLong(Long.MIN_VALUE);
    private volatile TransactionTemplate nested;

    @Autowired
    HandlerSavepoints(ObjectProvider<PlatformTransactionManager> transactionManager) {
        this(transactionManager, Clock.systemUTC());
    }

    HandlerSavepoints(ObjectProvider<PlatformTransactionManager> transactionManager, Clock clock) {
        this.transactionManager = transactionManager;
        this.clock = clock;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return Projections.isReadModelEventHandler(original) ? new Savepointed<>(original) : original;
    }

    /** Savepoints around every read-model handler for the next {@link #WINDOW}: a failure then parks one event. */
    public void isolateEachHandler() {
        long until = clock.millis() + WINDOW.toMillis();
        savepointsUntil.accumulateAndGet(until, Math::max);
    }

    boolean isolating() {
        return clock.millis() < savepointsUntil.get();
    }

    private TransactionTemplate nested() {
        TransactionTemplate template = nested;
        if (template == null) {
            template = new TransactionTemplate(transactionManager.getObject());
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
            nested = template;
        }
        return template;
    }

    private final class Savepointed<T> extends WrappedMessageHandlingMember<T> {

        Savepointed(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            if (isolating()) {
                return inSavepoint(message, target);
            }
            try {
                return super.handle(message, target);
            } catch (Exception failure) {
                rollBackTheBatch(failure);
                throw failure;
            }
        }

        private Object inSavepoint(Message<?> message, T target) throws Exception {
            try {
                return nested().execute(status -> {
                    try {
                        return super.handle(message, target);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new CheckedHandlerFailure(e);
                    }
                });
            } catch (CheckedHandlerFailure failure) {
                BatchRows.forgetBatch();
                throw (Exception) failure.getCause();
            } catch (RuntimeException failure) {
                BatchRows.forgetBatch();
                throw failure;
            }
        }

        private void rollBackTheBatch(Exception failure) {
            isolateEachHandler();
            if (!CurrentUnitOfWork.isStarted()) {
                return;
            }
            UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
            if (batch.resources().putIfAbsent(ROLLBACK_MARK, Boolean.TRUE) == null) {
                log.warn("A read model's handler failed ({}); the batch rolls back and is retried with a savepoint "
                        + "per handler, so that only the failing event is parked", failure.toString());
                batch.onPrepareCommit(unit -> {
                    throw new RetryWithSavepoints(failure);
                });
            }
        }
    }

    /** Carries a handler's checked exception through the transaction template's callback. */
    private static final class CheckedHandlerFailure extends RuntimeException {
        CheckedHandlerFailure(Exception cause) {
            super(cause);
        }
    }

    /** Rolls back a batch in which a read model's handler failed without a savepoint. */
    static final class RetryWithSavepoints extends RuntimeException {
        RetryWithSavepoints(Exception cause) {
            super("A read model's handler failed; retrying the batch with a savepoint per handler", cause);
        }
    }
}
