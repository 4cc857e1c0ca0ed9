package io.paymentledger.ledger.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Balance;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.param.BalanceTransactionListParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Stripe's balance and balance transactions with the official stripe-java client, and the books extension over
 * HTTP (docs/books.md). The books account pays 2.9 % + 30 on every capture (StripeApiTest's ledger.books.fees).
 */
class BalanceTransactionsTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The fee is configured on this test's own ledger; another deployment under test may charge none. */
    private static final boolean OWN_LEDGER = System.getProperty("ledger.e2e.base-url") == null;

    private static PaymentIntent paid(String currency, long amount, boolean manual) throws StripeException {
        return PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(amount).setCurrency(currency)
                .setCaptureMethod(manual ? PaymentIntentCreateParams.CaptureMethod.MANUAL
                        : PaymentIntentCreateParams.CaptureMethod.AUTOMATIC)
                .setPaymentMethod("pm_card_visa").setConfirm(true)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).setAllowRedirects(
                                PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects.NEVER).build())
                .build(), as(BOOKS));
    }

    private static BalanceTransaction transaction(String id) {
        return await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> BalanceTransaction.retrieve(id, as(BOOKS)), txn -> txn != null);
    }

    @Test
    void capturesAndRefundsBecomeBalanceTransactionsThatAddUpToTheBalance() throws Exception {
        PaymentIntent authorized = paid("usd", 2_000, true);
        PaymentIntent captured = authorized.capture(PaymentIntentCaptureParams.builder().setAmountToCapture(1_500L)
                .build(), as(BOOKS));
        Refund refund = Refund.create(RefundCreateParams.builder().setPaymentIntent(captured.getId()).setAmount(500L)
                .build(), as(BOOKS));
        PaymentIntent euros = paid("eur", 1_000, false);

        Charge charge = Charge.retrieve(captured.getLatestCharge(), as(BOOKS));
        BalanceTransaction chargeTxn = transaction(charge.getBalanceTransaction());
        assertThat(chargeTxn.getObject()).isEqualTo("balance_transaction");
        assertThat(chargeTxn.getType()).isEqualTo("charge");
        assertThat(chargeTxn.getReportingCategory()).isEqualTo("charge");
        assertThat(chargeTxn.getSource()).isEqualTo(charge.getId());
        assertThat(chargeTxn.getAmount()).isEqualTo(1_500L);
        assertThat(chargeTxn.getNet()).isEqualTo(chargeTxn.getAmount() - chargeTxn.getFee());
        assertThat(chargeTxn.getFeeDetails()).extracting(BalanceTransaction.FeeDetail::getAmount)
                .containsExactlyElementsOf(chargeTxn.getFee() == 0 ? List.of() : List.of(chargeTxn.getFee()));
        if (OWN_LEDGER) {
            // 2.9 % of 1,500 is 43.5, rounded half up to 44, plus 30.
            assertThat(chargeTxn.getFee()).isEqualTo(74L);
        }
        assertThat(chargeTxn.getStatus()).isEqualTo("pending");
        assertThat(chargeTxn.getAvailableOn()).isEqualTo(chargeTxn.getCreated() + Duration.ofDays(2).toSeconds());

        BalanceTransaction refundTxn = transaction(refund.getBalanceTransaction());
        assertThat(refundTxn.getType()).isEqualTo("refund");
        assertThat(refundTxn.getAmount()).isEqualTo(-500L);
        assertThat(refundTxn.getNet()).isEqualTo(-500L);
        assertThat(refundTxn.getStatus()).isEqualTo("available");
        BalanceTransaction eurTxn = transaction(Charge.retrieve(euros.getLatestCharge(), as(BOOKS))
                .getBalanceTransaction());
        assertThat(eurTxn.getCurrency()).isEqualTo("eur");

        List<BalanceTransaction> all = new ArrayList<>();
        BalanceTransaction.list(BalanceTransactionListParams.builder().setLimit(1L).build(), as(BOOKS))
                .autoPagingIterable().forEach(all::add);
        assertThat(all).extracting(BalanceTransaction::getId)
                .containsExactlyInAnyOrder(chargeTxn.getId(), refundTxn.getId(), eurTxn.getId());
        assertThat(all).extracting(BalanceTransaction::getCreated).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        Balance balance = Balance.retrieve(as(BOOKS));
        assertThat(balance.getObject()).isEqualTo("balance");
        assertThat(amounts(balance.getAvailable().stream().map(a -> Map.entry(a.getCurrency(), a.getAmount()))))
                .isEqualTo(netByCurrency(all, "available"));
        assertThat(amounts(balance.getPending().stream().map(p -> Map.entry(p.getCurrency(), p.getAmount()))))
                .isEqualTo(netByCurrency(all, "pending"));
        assertThat(balance.getPending()).filteredOn(p -> p.getCurrency().equals("usd")).singleElement()
                .satisfies(p -> assertThat(p.getSourceTypes().getCard()).isEqualTo(p.getAmount()));

        assertThat(BalanceTransaction.list(BalanceTransactionListParams.builder().setType("refund").build(),
                as(BOOKS)).getData()).extracting(BalanceTransaction::getId).containsExactly(refundTxn.getId());
        assertThat(BalanceTransaction.list(BalanceTransactionListParams.builder().setSource(charge.getId()).build(),
                as(BOOKS)).getData()).extracting(BalanceTransaction::getId).containsExactly(chargeTxn.getId());
        assertThat(BalanceTransaction.list(BalanceTransactionListParams.builder().setCurrency("eur").build(),
                as(BOOKS)).getData()).extracting(BalanceTransaction::getId).containsExactly(eurTxn.getId());

        assertThatThrownBy(() -> BalanceTransaction.retrieve(chargeTxn.getId(), as(ALPHA)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getCode()).isEqualTo("resource_missing");
                });

        journalAndTrialBalanceShowTheSameMoney(captured.getId());
    }

    private void journalAndTrialBalanceShowTheSameMoney(String intentId) throws Exception {
        JsonNode entries = get("/v1/books/journal_entries?payment_intent=" + intentId, BOOKS, 200).get("data");
        List<String> kinds = new ArrayList<>();
        entries.forEach(entry -> kinds.add(entry.get("kind").asText()));
        assertThat(kinds).containsExactly("authorization", "capture", "refund");
        assertThat(entries.get(1).get("pending_entry").asText()).isEqualTo(entries.get(0).get("id").asText());
        get("/v1/books/journal_entries?payment_intent=" + intentId, ALPHA, 404);

        JsonNode trialBalance = get("/v1/books/trial_balance", BOOKS, 200);
        assertThat(trialBalance.get("balanced").asBoolean()).isTrue();
        assertThat(trialBalance.get("currencies")).extracting(c -> c.get("currency").asText())
                .containsExactly("eur", "usd");
        assertThat(get("/v1/books/trial_balance?as_of=0", BOOKS, 200).get("currencies")).isEmpty();
        long tomorrow = Instant.now().plusSeconds(86_400).getEpochSecond();
        assertThat(get("/v1/books/trial_balance?as_of=" + tomorrow, BOOKS, 400).get("error").get("param").asText())
                .isEqualTo("as_of");
    }

    private JsonNode get(String path, String key, int status) throws Exception {
        HttpResponse<String> response = send(request(path, key).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static Map<String, Long> amounts(java.util.stream.Stream<Map.Entry<String, Long>> amounts) {
        Map<String, Long> byCurrency = new HashMap<>();
        amounts.forEach(entry -> byCurrency.merge(entry.getKey(), entry.getValue(), Long::sum));
        return byCurrency;
    }

    private static Map<String, Long> netByCurrency(List<BalanceTransaction> transactions, String status) {
        Map<String, Long> byCurrency = new HashMap<>();
        transactions.forEach(txn -> byCurrency.merge(txn.getCurrency(),
                status.equals(txn.getStatus()) ? txn.getNet() : 0L, Long::sum));
        return byCurrency;
    }
}
