package io.paymentledger.messages.transfer;

import java.util.Optional;

/** A transfer's {@code transfer_group}: the transfers of one payment intent share {@code group_pi_…}. */
public final class TransferGroups {

    private static final String PREFIX = "group_";

    private TransferGroups() {
    }

    public static String of(String paymentIntentId) {
        return PREFIX + paymentIntentId;
    }

    /** The intent a group names; empty when it is not a group this ledger gives. */
    public static Optional<String> paymentIntentOf(String transferGroup) {
        return transferGroup.startsWith(PREFIX) && transferGroup.length() > PREFIX.length()
                ? Optional.of(transferGroup.substring(PREFIX.length())) : Optional.empty();
    }
}
