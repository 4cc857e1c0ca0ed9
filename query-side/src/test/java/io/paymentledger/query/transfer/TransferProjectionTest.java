package io.paymentledger.query.transfer;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.TransferCreated;
import io.paymentledger.messages.paymentintent.TransferReversed;
import io.paymentledger.messages.paymentintent.TransferView;
import io.paymentledger.messages.transfer.FindTransfer;
import io.paymentledger.messages.transfer.FindTransferReversal;
import io.paymentledger.messages.transfer.ListTransferReversals;
import io.paymentledger.messages.transfer.ListTransfers;
import io.paymentledger.messages.transfer.TransferDetailView;
import io.paymentledger.messages.transfer.TransferGroups;
import io.paymentledger.messages.transfer.TransferPage;
import io.paymentledger.messages.transfer.TransferReversalView;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.transferReversed;
import static io.paymentledger.query.PaymentIntentEvents.transferred;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuerySideTest
class TransferProjectionTest {

    private final String account = anyAccountId();
    private final String destination = anyAccountId();
    private final List<Object> applied = new ArrayList<>();

    @Autowired
    TransferProjection projection;
    @Autowired
    TransferQueryHandlers queries;

    private void given(Object event, Instant at) {
        applied.add(event);
        if (event instanceof TransferCreated created) {
            projection.on(created, at);
        } else {
            projection.on((TransferReversed) event, at);
        }
    }

    /** A 2,000 intent that sent 600 on at T0 + 1 s and had two refunds reverse 150 and then 450 of it. */
    private String reversedTwice() {
        String id = anyIntentId();
        Instant transferredAt = T0.plusSeconds(1);
        given(transferred(id, account, destination, 600), transferredAt);
        given(transferReversed(id, account, destination, 600, transferredAt, "re_a" + id.substring(3), 150, 150),
                T0.plusSeconds(2));
        given(transferReversed(id, account, destination, 600, transferredAt, "re_b" + id.substring(3), 450, 600),
                T0.plusSeconds(3));
        return id;
    }

    private TransferDetailView find(String transferId) {
        return queries.handle(new FindTransfer(account, transferId)).orElseThrow();
    }

    private static String transferOf(String intentId, String destination) {
        return "tr_" + intentId.substring(3) + destination.substring(5);
    }

    @Test
    void aTransferIsTheObjectOfItsEventAndOnlyItsPayerFindsIt() {
        String id = anyIntentId();
        TransferCreated event = transferred(id, account, destination, 600);
        given(event, T0.plusNanos(1_500));

        TransferDetailView found = find(transferOf(id, destination));

        assertThat(found.transfer()).isEqualTo(TransferObjects.after(event, T0.plusNanos(1_500)));
        assertThat(found.transfer().created()).isEqualTo(T0.plusNanos(1_000));
        assertThat(found.reversals().data()).isEmpty();
        assertThat(found.reversals().hasMore()).isFalse();
        assertThat(queries.handle(new FindTransfer(destination, transferOf(id, destination)))).isEmpty();
        assertThat(queries.handle(new FindTransfer(anyAccountId(), transferOf(id, destination)))).isEmpty();
    }

    @Test
    void reversalsAddUpOnTheTransferNewestFirst() {
        String id = reversedTwice();
        String transferId = transferOf(id, destination);

        TransferDetailView found = find(transferId);

        assertThat(found.transfer().amountReversed()).isEqualTo(600);
        assertThat(found.reversals().data()).extracting(TransferReversalView::refundId)
                .containsExactly("re_b" + id.substring(3), "re_a" + id.substring(3));
        TransferReversalView first = found.reversals().data().get(1);
        assertThat(first.amount()).isEqualTo(150);
        assertThat(first.transferId()).isEqualTo(transferId);
        assertThat(first.created()).isEqualTo(T0.plusSeconds(2));
        assertThat(queries.handle(new FindTransferReversal(account, transferId, first.id()))).contains(first);
        assertThat(queries.handle(new FindTransferReversal(account, "tr_other", first.id()))).isEmpty();
        assertThat(queries.handle(new FindTransferReversal(destination, transferId, first.id()))).isEmpty();
    }

    @Test
    void reversalsPageWithCursorsAndAnotherAccountListsNone() {
        String id = reversedTwice();
        String transferId = transferOf(id, destination);

        var firstPage = queries.handle(new ListTransferReversals(account, transferId, 1, null, null));
        var secondPage = queries.handle(new ListTransferReversals(account, transferId, 1,
                firstPage.data().get(0).id(), null));
        var backwards = queries.handle(new ListTransferReversals(account, transferId, 5, null,
                secondPage.data().get(0).id()));

        assertThat(firstPage.hasMore()).isTrue();
        assertThat(firstPage.data().get(0).amount()).isEqualTo(450);
        assertThat(secondPage.data()).extracting(TransferReversalView::amount).containsExactly(150L);
        assertThat(secondPage.hasMore()).isFalse();
        assertThat(backwards.data()).isEqualTo(firstPage.data());
        assertThat(queries.handle(new ListTransferReversals(anyAccountId(), transferId, 10, null, null)).data())
                .isEmpty();
    }

    @Test
    void transfersListNewestFirstFilteredByDestinationGroupAndCreated() {
        String older = anyIntentId();
        String newer = anyIntentId();
        String elsewhere = anyAccountId();
        given(transferred(older, account, destination, 100), T0.plusSeconds(10));
        given(transferred(newer, account, destination, 200), T0.plusSeconds(20));
        given(transferred(newer, account, elsewhere, 300), T0.plusSeconds(20));

        assertThat(ids(list(destination, null, null, 10, null))).containsExactly(transferOf(newer, destination),
                transferOf(older, destination));
        assertThat(ids(list(null, TransferGroups.of(newer), null, 10, null)))
                .containsExactlyInAnyOrder(transferOf(newer, destination), transferOf(newer, elsewhere));
        assertThat(ids(list(null, newer, null, 10, null))).isEmpty();
        CreatedRange beforeTwenty = new CreatedRange(null, null, T0.plusSeconds(20).getEpochSecond(), null);
        assertThat(ids(list(null, null, beforeTwenty, 10, null))).containsExactly(transferOf(older, destination));
        TransferPage first = list(destination, null, null, 1, null);
        assertThat(first.hasMore()).isTrue();
        assertThat(ids(list(destination, null, null, 1, transferOf(newer, destination))))
                .containsExactly(transferOf(older, destination));
        assertThat(list(null, null, null, 10, null).data()).allSatisfy(t ->
                assertThat(t.transfer().accountId()).isEqualTo(account));
    }

    @Test
    void aCursorOfAnotherAccountsTransferIsRefusedAsMissing() {
        String id = anyIntentId();
        given(transferred(id, account, destination, 100), T0);

        assertThatThrownBy(() -> queries.handle(new ListTransfers(destination, null, null, null, 10,
                transferOf(id, destination), null)))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> assertThat(e.getDetails())
                        .hasValueSatisfying(details -> assertThat(((PaymentRejection) details).error().code())
                                .isEqualTo(PaymentErrorCode.RESOURCE_MISSING)));
    }

    @Test
    void redeliveredEventsChangeNothing() {
        String id = reversedTwice();
        TransferDetailView before = find(transferOf(id, destination));

        // Redelivered in order, then the first reversal once more after the second.
        List<Object> again = List.copyOf(applied);
        for (int i = 0; i < again.size(); i++) {
            given(again.get(i), T0.plusSeconds(i + 1));
        }
        given(again.get(1), T0.plusSeconds(2));

        assertThat(find(transferOf(id, destination))).isEqualTo(before);
    }

    @Test
    void aResetEmptiesTheModelAndAReplayWritesTheSameRows() {
        String id = reversedTwice();
        TransferDetailView before = find(transferOf(id, destination));
        List<Object> history = List.copyOf(applied);

        projection.reset();
        assertThat(queries.handle(new FindTransfer(account, transferOf(id, destination)))).isEmpty();
        for (int i = 0; i < history.size(); i++) {
            given(history.get(i), T0.plusSeconds(i + 1));
        }

        assertThat(find(transferOf(id, destination))).isEqualTo(before);
    }

    private TransferPage list(String destination, String group, CreatedRange created, int limit,
                              String startingAfter) {
        return queries.handle(new ListTransfers(account, destination, group, created, limit, startingAfter, null));
    }

    private static List<String> ids(TransferPage page) {
        return page.data().stream().map(TransferDetailView::transfer).map(TransferView::id).toList();
    }
}
