package io.paymentledger.gateway.dashboard;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Shows minor units in major units with the currency's own number of decimals: 1234 usd → 12.34 USD. */
@Component("dashboardMoney")
public class Money {

    public String format(long minorUnits, String currency) {
        String code = currency == null ? "" : currency.toUpperCase(Locale.ROOT);
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            digits = 2;
        }
        return BigDecimal.valueOf(minorUnits, digits).toPlainString() + " " + code;
    }
}
