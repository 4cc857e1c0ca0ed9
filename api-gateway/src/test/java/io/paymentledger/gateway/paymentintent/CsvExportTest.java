package io.paymentledger.gateway.paymentintent;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentPage;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.Test;

/** The CSV export streams every match page by page: no silent cut at 10,000 rows. */
class CsvExportTest extends GatewayWebTest {

    private static final int PAGES = 105;
    private static final int PAGE_SIZE = 100;

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void exportsEveryMatchingIntentBeyondTenThousandRows() throws Exception {
        when(queries.query(any(ListPaymentIntents.class), any(ResponseType.class))).thenAnswer(invocation -> {
            ListPaymentIntents query = invocation.getArgument(0);
            int page = query.startingAfter() == null ? 0 : Integer.parseInt(query.startingAfter().split("_")[1]) / PAGE_SIZE + 1;
            List<PaymentIntentView> rows = IntStream.range(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
                    .mapToObj(i -> PaymentIntentViews.view("pi_" + i, SUCCEEDED, 1)).toList();
            return (CompletableFuture) CompletableFuture.completedFuture(new PaymentIntentPage(rows, page < PAGES - 1));
        });

        String csv = mvc.perform(authorized(get("/v1/payment_intents")).accept("text/csv"))
                .andReturn().getResponse().getContentAsString();

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(1 + PAGES * PAGE_SIZE);
        assertThat(lines[1]).startsWith("\"pi_0\",");
        assertThat(lines[lines.length - 1]).startsWith("\"pi_" + (PAGES * PAGE_SIZE - 1) + "\",");
    }
}
