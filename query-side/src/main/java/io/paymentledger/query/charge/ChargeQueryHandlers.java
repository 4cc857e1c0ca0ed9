package io.paymentledger.query.charge;

import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.refund.ChargePage;
import io.paymentledger.messages.refund.FindCharge;
import io.paymentledger.messages.refund.FindRefund;
import io.paymentledger.messages.refund.ListCharges;
import io.paymentledger.messages.refund.ListRefunds;
import io.paymentledger.messages.refund.RefundPage;
import io.paymentledger.messages.refund.RefundView;
import io.paymentledger.query.paymentintent.PaymentIntentRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Answers the charge and refund queries from the charges read model, always within the asking account. */
@Component
class ChargeQueryHandlers {

    private final ChargeRows rows;
    private final PaymentIntentRows intents;

    ChargeQueryHandlers(ChargeRows rows, PaymentIntentRows intents) {
        this.rows = rows;
        this.intents = intents;
    }

    @QueryHandler
    Optional<ChargeDetailView> handle(FindCharge query) {
        return rows.charge(query.accountId(), query.chargeId()).map(this::withContext);
    }

    @QueryHandler
    Optional<RefundView> handle(FindRefund query) {
        return rows.refund(query.accountId(), query.refundId());
    }

    @QueryHandler
    ChargePage handle(ListCharges query) {
        Map<String, String> equal = new LinkedHashMap<>();
        equal.put("payment_intent_id", query.paymentIntentId());
        String account = query.accountId();
        Pages.Page<ChargeDetailView> page = Pages.page(query.limit(), query.endingBefore() != null,
                (older, newer, fetch) -> rows.charges(account, equal, query.created(), older, newer, fetch),
                Pages.cursor(query.startingAfter(), query.endingBefore(), id -> rows.charge(account, id)
                        .map(c -> new Cursor(c.created(), c.id())), "charge"));
        return new ChargePage(page.data().stream().map(this::withContext).toList(), page.hasMore());
    }

    @QueryHandler
    RefundPage handle(ListRefunds query) {
        Map<String, String> equal = new LinkedHashMap<>();
        equal.put("payment_intent_id", query.paymentIntentId());
        equal.put("charge_id", query.chargeId());
        String account = query.accountId();
        Pages.Page<RefundView> page = Pages.page(query.limit(), query.endingBefore() != null,
                (older, newer, fetch) -> rows.refunds(account, equal, query.created(), older, newer, fetch),
                Pages.cursor(query.startingAfter(), query.endingBefore(), id -> rows.refund(account, id)
                        .map(r -> new Cursor(r.created(), r.id())), "refund"));
        return new RefundPage(page.data(), page.hasMore());
    }

    /** The charge with what it shows of its intent, read from the intent's view (ChargeContext). */
    private ChargeDetailView withContext(ChargeDetailView charge) {
        return charge.withContextOf(intents.find(charge.paymentIntentId()).orElse(null));
    }
}
