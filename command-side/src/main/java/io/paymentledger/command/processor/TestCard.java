package io.paymentledger.command.processor;

/** One row of the test card table: a public test number, its funding type and what the processor does with it. */
record TestCard(String number, String funding, TestCardBehaviour behaviour) {
}
