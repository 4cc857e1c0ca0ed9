package io.paymentledger.messages.paymentintent;

import io.paymentledger.messages.paymentmethod.Address;

public record Shipping(Address address, String carrier, String name, String phone, String trackingNumber) {
}
