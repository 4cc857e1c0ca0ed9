package io.paymentledger.messages.paymentintent;

import java.util.List;

public record BalancesView(String accountId, List<CurrencyBalance> currencies) {
}
