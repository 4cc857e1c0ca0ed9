package io.paymentledger.command.processor;

/** A charge currency: lowercase ISO 4217 code, minor-unit exponent and minimum charge in minor units. */
public record Currency(String code, int exponent, long minimumAmount) {
}
