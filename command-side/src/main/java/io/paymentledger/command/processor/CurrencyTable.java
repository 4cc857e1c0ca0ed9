package io.paymentledger.command.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The supported currencies, read from {@code currencies.csv} so that adding one needs no code change. */
public final class CurrencyTable {

    private static final String RESOURCE = "/io/paymentledger/command/currencies.csv";
    private static final CurrencyTable STANDARD = load();

    private final Map<String, Currency> currencies;

    private CurrencyTable(Map<String, Currency> currencies) {
        this.currencies = currencies;
    }

    public static CurrencyTable standard() {
        return STANDARD;
    }

    /** Looks a code up in any case. */
    public Optional<Currency> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(currencies.get(code.toLowerCase(Locale.ROOT)));
    }

    private static CurrencyTable load() {
        try (InputStream in = CurrencyTable.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new CurrencyTable(reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(","))
                    .map(c -> new Currency(c[0].trim(), Integer.parseInt(c[1].trim()), Long.parseLong(c[2].trim())))
                    .collect(Collectors.toUnmodifiableMap(Currency::code, Function.identity())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
