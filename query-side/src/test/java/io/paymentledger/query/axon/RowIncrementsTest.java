package io.paymentledger.query.axon;

import java.util.List;

import io.paymentledger.query.QuerySideTest;
import io.paymentledger.query.balance.BalanceProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A batch's increments are written once per row as it commits, and only those of handlers that returned: a handler
 * that fails after adding (its savepoint rolled back, its event parked) leaves the totals as they were.
 */
@QuerySideTest
class RowIncrementsTest {

    private static final RowIncrements.Table COUNTS = new RowIncrements.Table("balance_status_total",
            List.of("account_id", "currency", "status"), List.of("intents"));

    private final String account = anyAccountId();

    @Autowired
    RowIncrements increments;

    @Autowired
    JdbcTemplate jdbc;

    @ProcessingGroup(BalanceProjection.PROCESSING_GROUP)
    static class ReadModel {
    }

    @SuppressWarnings("unchecked")
    private MessageHandlingMember<Object> handler(String status, boolean fails) throws Exception {
        MessageHandlingMember<Object> member = mock(MessageHandlingMember.class);
        when(member.declaringClass()).thenReturn((Class) ReadModel.class);
        when(member.canHandleMessageType(EventMessage.class)).thenReturn(true);
        when(member.handle(any(), any())).thenAnswer(call -> {
            increments.add(COUNTS, List.of(account, "usd", status), 1);
            increments.add(COUNTS, List.of(account, "usd", status), 2);
            if (fails) {
                throw new IllegalStateException("poison");
            }
            return null;
        });
        return increments.wrapHandler(member);
    }

    private Long count(String status) {
        return jdbc.query("SELECT intents FROM balance_status_total WHERE account_id = ? AND status = ?",
                rs -> rs.next() ? rs.getLong(1) : null, account, status);
    }

    @Test
    void onlyTheHandlersThatReturnAddAndOnlyWhenTheBatchCommits() throws Exception {
        EventMessage<String> event = GenericEventMessage.asEventMessage("event");
        DefaultUnitOfWork<EventMessage<String>> batch = DefaultUnitOfWork.startAndGet(event);

        handler("succeeded", false).handle(event, new ReadModel());
        assertThatThrownBy(() -> handler("canceled", true).handle(event, new ReadModel()))
                .hasMessage("poison");
        handler("succeeded", false).handle(event, new ReadModel());
        assertThat(count("succeeded")).as("before the commit").isNull();
        batch.commit();

        assertThat(count("succeeded")).isEqualTo(6);
        assertThat(count("canceled")).as("the failed handler's").isNull();
    }

    @Test
    void incrementsThatCancelOutInABatchWriteNothing() {
        DefaultUnitOfWork<EventMessage<String>> batch =
                DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        // An intent created and confirmed in one batch: in and out of requires_payment_method, into succeeded.
        increments.add(COUNTS, List.of(account, "usd", "requires_payment_method"), 1);
        increments.add(COUNTS, List.of(account, "usd", "requires_payment_method"), -1);
        increments.add(COUNTS, List.of(account, "usd", "succeeded"), 1);
        batch.commit();

        assertThat(count("requires_payment_method")).as("no row for a status the batch left again").isNull();
        assertThat(count("succeeded")).isEqualTo(1);
    }

    @Test
    void outsideAUnitOfWorkEachIncrementIsWrittenAtOnceAndARowBackAtZeroStays() {
        increments.add(COUNTS, List.of(account, "eur", "processing"), 2);
        assertThat(jdbc.queryForObject("SELECT intents FROM balance_status_total WHERE account_id = ? "
                + "AND currency = 'eur'", Long.class, account)).isEqualTo(2);

        increments.add(COUNTS, List.of(account, "eur", "processing"), -2);
        assertThat(jdbc.queryForObject("SELECT intents FROM balance_status_total WHERE account_id = ? "
                + "AND currency = 'eur'", Long.class, account)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_status_count WHERE account_id = ?",
                Long.class, account)).as("the view").isZero();
    }
}
