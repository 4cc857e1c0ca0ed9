package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentIntentCollection;
import com.stripe.model.PaymentIntentSearchResult;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentSearchParams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** stripe-java's auto-pagination walks our lists and search results newest first, each intent once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaginationTest extends StripeApiTest {

    private static final int INTENTS = 23;
    private final List<String> createdNewestFirst = new ArrayList<>();

    @BeforeAll
    void createIntents() throws Exception {
        pointStripeJavaAtTheLedger();
        for (int i = 0; i < INTENTS; i++) {
            PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder()
                    .setAmount(1_000L + i).setCurrency("usd").putMetadata("batch", "paging").build(), as(PAGING));
            createdNewestFirst.add(0, intent.getId());
        }
    }

    @Test
    void autoPagesTheListNewestFirst() throws Exception {
        PaymentIntentCollection firstPage = PaymentIntent.list(PaymentIntentListParams.builder().setLimit(5L).build(),
                as(PAGING));
        assertThat(firstPage.getData()).hasSize(5);
        assertThat(firstPage.getHasMore()).isTrue();
        assertThat(firstPage.getUrl()).isEqualTo("/v1/payment_intents");
        List<String> all = new ArrayList<>();
        firstPage.autoPagingIterable().forEach(intent -> all.add(intent.getId()));
        assertThat(all).containsExactlyElementsOf(createdNewestFirst);
    }

    @Test
    void pagesBackwardsWithEndingBefore() throws Exception {
        PaymentIntentCollection newer = PaymentIntent.list(PaymentIntentListParams.builder().setLimit(3L)
                .setEndingBefore(createdNewestFirst.get(5)).build(), as(PAGING));
        assertThat(newer.getData()).extracting(PaymentIntent::getId)
                .containsExactlyElementsOf(createdNewestFirst.subList(2, 5));
    }

    @Test
    void autoPagesSearchResults() throws Exception {
        PaymentIntentSearchResult firstPage = PaymentIntent.search(PaymentIntentSearchParams.builder()
                .setQuery("metadata['batch']:'paging' AND amount>=1010").setLimit(4L).build(), as(PAGING));
        List<String> found = new ArrayList<>();
        firstPage.autoPagingIterable().forEach(intent -> found.add(intent.getId()));
        assertThat(found).containsExactlyElementsOf(createdNewestFirst.subList(0, INTENTS - 10));
    }
}
