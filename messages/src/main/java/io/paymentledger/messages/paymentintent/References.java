package io.paymentledger.messages.paymentintent;

/** Who and what an intent refers to outside the ledger: the customer id and another gateway's merchant fields. */
public record References(String customer, MerchantReferences merchant) {

    public static References none() {
        return new References(null, null);
    }
}
