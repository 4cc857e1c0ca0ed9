package io.paymentledger.gateway.paymentmethod;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The HMAC key of card fingerprints and of idempotency digests ({@link KeyedHashes}). A fingerprint (64 bits of an
 * HMAC, stored beside last4 and brand) can be brute-forced back to its card number by anyone who knows the key, so
 * the key is never a default from the source:
 * <ol>
 *   <li>{@code LEDGER_FINGERPRINT_SECRET} ({@code ledger.payments.fingerprint-secret}) when set;</li>
 *   <li>else, where a directory to keep one is given (the standalone ledger's {@code LEDGER_DATA_DIR}), a random key
 *       generated into its file {@value #FILE_NAME} on the first start and read from it on every later one, so that
 *       fingerprints stay comparable across restarts;</li>
 *   <li>else (a PostgreSQL cluster node, the Axon Server command service) start-up fails with a message saying what
 *       to set: every node must use the same key, which only the operator can give them.</li>
 * </ol>
 */
public final class FingerprintSecret {

    public static final String ENVIRONMENT_VARIABLE = "LEDGER_FINGERPRINT_SECRET";
    static final String FILE_NAME = "fingerprint-secret";
    private static final int RANDOM_BYTES = 32;

    private FingerprintSecret() {
    }

    /**
     * @param configured       the configured secret, or null/blank when none is
     * @param keepInDirectory  where a generated secret is kept, or null/blank where none may be generated
     */
    public static String resolve(String configured, String keepInDirectory) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (keepInDirectory == null || keepInDirectory.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(ENVIRONMENT_VARIABLE, "",
                    ENVIRONMENT_VARIABLE + " is not set. It is the HMAC key of card fingerprints and must be a secret of "
                            + "your own, the same on every node: set it to a long random value (e.g. the output of "
                            + "`openssl rand -hex 32`). Only the standalone ledger generates one (into LEDGER_DATA_DIR).");
        }
        return readOrGenerate(Path.of(keepInDirectory).resolve(FILE_NAME));
    }

    private static String readOrGenerate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[RANDOM_BYTES];
                new SecureRandom().nextBytes(random);
                try {
                    // CREATE_NEW: two ledgers started at once on one directory keep the first one's key.
                    Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    }
                } catch (FileAlreadyExistsException written) {
                    // read below
                }
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.isEmpty()) {
                throw new IllegalStateException("The fingerprint secret file " + file + " is empty; remove it to have "
                        + "a new one generated (fingerprints of cards seen so far will then no longer match), or set "
                        + ENVIRONMENT_VARIABLE);
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the fingerprint secret file " + file, e);
        }
    }
}
