package io.paymentledger.gateway.paymentmethod;

/**
 * One row of the test card table: a public test number, its funding type and the test behaviour the command side's
 * test processor applies (the name of its {@code TestCardBehaviour}), which the vault writes into the payment
 * method's processor reference as {@code test:<behaviour>}.
 */
record TestCard(String number, String funding, String behaviour) {

    String processorReference() {
        return "test:" + behaviour;
    }
}
