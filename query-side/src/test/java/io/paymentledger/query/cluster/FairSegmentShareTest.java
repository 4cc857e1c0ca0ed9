package io.paymentledger.query.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FairSegmentShareTest {

    @Test
    void aNodeMayClaimItsRoundedUpShareOfTheSegments() {
        assertThat(FairSegmentShare.share(4, 1)).isEqualTo(4);
        assertThat(FairSegmentShare.share(4, 2)).isEqualTo(2);
        assertThat(FairSegmentShare.share(4, 3)).isEqualTo(2);
        assertThat(FairSegmentShare.share(4, 4)).isEqualTo(1);
    }

    @Test
    void moreNodesThanSegmentsStillLetEachNodeClaimOne() {
        // A spare node must be able to take over a segment the moment another node's claim lapses.
        assertThat(FairSegmentShare.share(4, 6)).isEqualTo(1);
    }

    @Test
    void anUnknownProcessorIsNotLimited() {
        FairSegmentShare share = new FairSegmentShare(null, null);
        assertThat(share.getMaxSegments("not-initialised-yet")).isEqualTo(Short.MAX_VALUE);
    }
}
