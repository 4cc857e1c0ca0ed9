package io.paymentledger.messages.paymentmethod;

public record BillingDetails(Address address, String email, String name, String phone) {
}
