package io.paymentledger.gateway.event;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.event.ListApiEvents;
import io.paymentledger.messages.paymentintent.CreatedRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code GET /v1/events} reads its parameters as it always has, laxer than the intent endpoints. */
class EventParamsTest {

    @Test
    void readsTypesWildcardsCreatedRangeAndCursors() {
        ListApiEvents query = list("types[]=payment_intent.succ*&types[]=charge.refunded&created[gte]=100"
                + "&created[lt]=%2B200&limit=5&starting_after=evt_1&ending_before=");

        assertThat(query.types()).containsExactly("payment_intent.succeeded", "charge.refunded");
        assertThat(query.created()).isEqualTo(new CreatedRange(null, 100L, 200L, null));
        assertThat(query.limit()).isEqualTo(5);
        assertThat(query.startingAfter()).isEqualTo("evt_1");
        assertThat(query.endingBefore()).isNull();
    }

    @Test
    void aTypeMatchingNoKnownTypeMatchesNothingAndOneCreatedSecondIsARange() {
        ListApiEvents query = list("type=dispute.*&created=1763900000");

        assertThat(query.types()).containsExactly("none");
        assertThat(list("type=refund.*").types()).containsExactly("refund.created", "refund.updated",
                "refund.failed");
        assertThat(query.created()).isEqualTo(new CreatedRange(null, 1763900000L, null, 1763900000L));
        assertThat(query.limit()).isEqualTo(10);
    }

    @Test
    void refusesWhatItDoesNotAccept() {
        assertThat(error("color=red")).isEqualTo(new PaymentError(PaymentErrorCode.PARAMETER_UNKNOWN, null,
                "Received unknown parameter: color", "color"));
        assertThat(error("created[between]=1")).isEqualTo(new PaymentError(PaymentErrorCode.INVALID_REQUEST, null,
                "Received unknown parameter: created[between]", "created[between]"));
        assertThat(error("type=a&types[]=b")).isEqualTo(new PaymentError(PaymentErrorCode.INVALID_REQUEST, null,
                "You may only specify one of these parameters: type, types.", "types"));
    }

    @Test
    void namesBadValues() {
        assertThat(error("limit=0")).isEqualTo(new PaymentError(PaymentErrorCode.INVALID_REQUEST, null,
                "Invalid limit: must be between 1 and 100", "limit"));
        assertThat(error("limit=ten")).isEqualTo(new PaymentError(PaymentErrorCode.PARAMETER_INVALID_INTEGER, null,
                "Invalid integer: ten", "limit"));
        assertThat(error("created[gt]=soon")).isEqualTo(new PaymentError(PaymentErrorCode.PARAMETER_INVALID_INTEGER,
                null, "Invalid integer: soon", "created[gt]"));
        assertThat(error("type[kind]=x")).isEqualTo(new PaymentError(PaymentErrorCode.INVALID_REQUEST, null,
                "Invalid string: type", "type"));
        assertThat(error("types[0][a]=x")).isEqualTo(new PaymentError(PaymentErrorCode.INVALID_REQUEST, null,
                "Invalid array: types", "types"));
    }

    private static ListApiEvents list(String query) {
        return EventParams.list(RequestParams.fromQuery(query), "acct_1");
    }

    private static PaymentError error(String query) {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> list(query));
        assertThat(refused).as(query).isNotNull();
        return refused.error();
    }
}
