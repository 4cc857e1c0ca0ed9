package io.paymentledger.ledger.cardsafety;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's vault and the command side's test processor meet only in a processor reference,
 * {@code test:<behaviour>}: every behaviour the vault's test card table writes must be one the processor knows
 * (an unknown one would silently become a processing error).
 */
class TestCardBehavioursTest {

    @Test
    void everyBehaviourOfTheVaultsTestCardsIsOneTheTestProcessorKnows() throws Exception {
        List<String> known = Arrays.stream(Class.forName("io.paymentledger.command.processor.TestCardBehaviour")
                .getEnumConstants()).map(Object::toString).toList();
        try (InputStream in = getClass().getResourceAsStream("/io/paymentledger/gateway/paymentmethod/test-cards.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> written = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(",")[2].trim()).distinct().toList();
            assertThat(written).hasSizeGreaterThan(10);
            assertThat(known).containsAll(written).contains("APPROVE");
        }
    }
}
