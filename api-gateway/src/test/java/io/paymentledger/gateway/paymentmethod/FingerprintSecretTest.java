package io.paymentledger.gateway.paymentmethod;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FingerprintSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void takesTheConfiguredSecretAndGeneratesNothing() {
        assertThat(FingerprintSecret.resolve("configured", dataDir.toString())).isEqualTo("configured");
        assertThat(dataDir.resolve(FingerprintSecret.FILE_NAME)).doesNotExist();
    }

    @Test
    void generatesARandomSecretIntoTheDirectoryOnceAndReadsItOnEveryLaterStart() throws IOException {
        String first = FingerprintSecret.resolve(null, dataDir.toString());
        String afterRestart = FingerprintSecret.resolve("", dataDir.toString());

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(afterRestart);
        assertThat(Files.readString(dataDir.resolve(FingerprintSecret.FILE_NAME))).isEqualTo(first);
    }

    @Test
    void generatesADifferentSecretForAnotherDirectory(@TempDir Path otherDataDir) {
        assertThat(FingerprintSecret.resolve(null, dataDir.toString()))
                .isNotEqualTo(FingerprintSecret.resolve(null, otherDataDir.toString()));
    }

    @Test
    void refusesToGoOnWithoutASecretWhereNoneMayBeGenerated() {
        assertThatThrownBy(() -> FingerprintSecret.resolve(" ", ""))
                .hasMessageContaining("LEDGER_FINGERPRINT_SECRET is not set")
                .hasMessageContaining("openssl rand -hex 32");
        assertThatThrownBy(() -> FingerprintSecret.resolve(null, null))
                .hasMessageContaining("LEDGER_FINGERPRINT_SECRET is not set");
    }
}
