package io.paymentledger.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A copied intent names charges and refunds of its own, the same ones in every one of its events. */
class EventRowsTest {

    private static final String PAYLOAD = "{\"paymentIntentId\":\"pi_new\",\"chargeId\":\"ch_XwSWPK8FTk7XkWdnRBExfGQf\","
            + "\"refundId\":\"re_Ab3dEf6hIj9kLm2nOp5qRs8t\",\"paymentMethod\":\"pm_card_visa\"}";

    @Test
    void givesEachCopyItsOwnChargeAndRefundIds() {
        String first = EventRows.copiedIds(PAYLOAD, "pi_first00000000000000000");
        String again = EventRows.copiedIds(PAYLOAD, "pi_first00000000000000000");
        String second = EventRows.copiedIds(PAYLOAD, "pi_second0000000000000000");

        assertThat(first).isEqualTo(again).isNotEqualTo(second)
                .doesNotContain("ch_XwSWPK8FTk7XkWdnRBExfGQf", "re_Ab3dEf6hIj9kLm2nOp5qRs8t")
                .matches(".*\"chargeId\":\"ch_[0-9a-f]{24}\".*\"refundId\":\"re_[0-9a-f]{24}\".*")
                .contains("\"paymentMethod\":\"pm_card_visa\"");
    }
}
