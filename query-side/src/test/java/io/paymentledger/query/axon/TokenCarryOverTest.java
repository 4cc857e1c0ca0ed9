package io.paymentledger.query.axon;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCarryOverTest {

    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private final TokenCarryOver carryOver = new TokenCarryOver(tokens, NoTransactionManager.instance());

    @Test
    void theMergedProcessorStartsFromTheSlowestOldPositionWithTheOldSegmentCountAndTheOldTokensGo() {
        tokens.initializeTokenSegments("views", 2, new GlobalSequenceTrackingToken(9));
        tokens.storeToken(new GlobalSequenceTrackingToken(7), "views", 1);
        tokens.initializeTokenSegments("books", 1, new GlobalSequenceTrackingToken(5));

        carryOver.carryOver(List.of("views", "books"), "projections");

        assertThat(tokens.fetchSegments("projections")).containsExactly(0, 1);
        assertThat(tokens.fetchToken("projections", 0)).isEqualTo(new GlobalSequenceTrackingToken(5));
        assertThat(tokens.fetchToken("projections", 1)).isEqualTo(new GlobalSequenceTrackingToken(5));
        assertThat(tokens.fetchSegments("views")).isEmpty();
        assertThat(tokens.fetchSegments("books")).isEmpty();
    }

    @Test
    void anOldProcessorThatHadNotStartedMakesTheMergedOneStartAtTheBeginning() {
        tokens.initializeTokenSegments("views", 1, new GlobalSequenceTrackingToken(9));
        tokens.initializeTokenSegments("books", 1, null);

        carryOver.carryOver(List.of("views", "books"), "projections");

        assertThat(tokens.fetchSegments("projections")).containsExactly(0);
        assertThat(tokens.fetchToken("projections", 0)).isNull();
    }

    @Test
    void aProcessorWithTokensOfItsOwnOrNoOldTokensIsLeftAlone() {
        carryOver.carryOver(List.of("views"), "projections");
        assertThat(tokens.fetchSegments("projections")).isEmpty();

        tokens.initializeTokenSegments("projections", 1, new GlobalSequenceTrackingToken(3));
        tokens.initializeTokenSegments("views", 1, new GlobalSequenceTrackingToken(1));
        carryOver.carryOver(List.of("views"), "projections");

        assertThat(tokens.fetchToken("projections", 0)).isEqualTo(new GlobalSequenceTrackingToken(3));
        assertThat(tokens.fetchSegments("views")).containsExactly(0);
    }
}
