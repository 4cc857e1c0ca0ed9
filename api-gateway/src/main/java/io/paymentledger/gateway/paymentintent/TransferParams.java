package io.paymentledger.gateway.paymentintent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.paymentledger.gateway.auth.AccountCapabilities;
import io.paymentledger.gateway.auth.AccountCapabilities.Capability;
import io.paymentledger.gateway.auth.ApiKeys;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.gateway.web.ResourceNames;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.TransferPlan;
import org.springframework.stereotype.Component;

/**
 * The resource-name API's {@code transfers} (docs/api.md §19.4): {@code [{"destination":"accounts/acct_…",
 * "amount":"300"}, …]}, at most one per destination, to other accounts of this ledger that have the
 * {@code transfers} capability, from an account that has it. The aggregate checks the total against the amount.
 */
@Component
class TransferParams {

    static final int MAX_TRANSFERS = 10;
    private static final Set<String> ITEM = Set.of("destination", "amount");

    private final AccountCapabilities capabilities;
    private final ApiKeys accounts;

    TransferParams(AccountCapabilities capabilities, ApiKeys accounts) {
        this.capabilities = capabilities;
        this.accounts = accounts;
    }

    /** The transfers of a create; empty when the body has none. */
    List<TransferPlan> read(RequestParams request, String accountId) {
        ParamReader params = ParamReader.of(request);
        Object raw = params.raw("transfers");
        if (raw == null) {
            return List.of();
        }
        if (!capabilities.has(accountId, Capability.TRANSFERS)) {
            throw ParamErrors.of(PaymentErrorCode.PERMISSION_DENIED, "The account '" + accountId + "' does not have "
                    + "the 'transfers' capability (LEDGER_ACCOUNT_CAPABILITIES).", "transfers");
        }
        List<ParamReader> items = params.objects("transfers");
        if (items.isEmpty() || items.size() > MAX_TRANSFERS) {
            throw ParamErrors.invalid("transfers", "transfers must list 1 to " + MAX_TRANSFERS + " transfers.");
        }
        List<TransferPlan> transfers = new ArrayList<>();
        Set<String> destinations = new HashSet<>();
        for (ParamReader item : items) {
            item.allowOnly(ITEM);
            String destination = ResourceNames.accountIn(item, "destination");
            if (!item.has("amount")) {
                throw ParamErrors.missing(item.name("amount"));
            }
            long amount = item.integer("amount", 1, Long.MAX_VALUE);
            check(destination, accountId, item.name("destination"));
            if (!destinations.add(destination)) {
                throw ParamErrors.invalid(item.name("destination"), "At most one transfer per destination account; "
                        + "accounts/" + destination + " is named twice.");
            }
            transfers.add(new TransferPlan(destination, amount));
        }
        return transfers;
    }

    private void check(String destination, String accountId, String param) {
        if (destination.equals(accountId)) {
            throw ParamErrors.invalid(param, "A payment cannot transfer to the account that takes it.");
        }
        if (!accounts.hasAccount(destination)) {
            throw ParamErrors.of(PaymentErrorCode.RESOURCE_MISSING, "No such destination account: 'accounts/"
                    + destination + "'", param);
        }
        if (!capabilities.has(destination, Capability.TRANSFERS)) {
            throw ParamErrors.invalid(param, "The destination account 'accounts/" + destination + "' does not have "
                    + "the 'transfers' capability.");
        }
    }
}
