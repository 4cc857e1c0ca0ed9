package io.paymentledger.gateway.device;

/**
 * A simulated terminal (docs/api.md §19.3). {@code behaviour} is the command side's test behaviour of the card it
 * reads ({@code DEVICE_APPROVES}, …); {@code card} is the test payment method id whose card it reads.
 */
record TestDevice(String id, String displayName, String behaviour, String card) {

    /** How the device behaves, as the API shows it: {@code APPROVES}, {@code DECLINES}, {@code TIMES_OUT}. */
    String behavior() {
        return behaviour.substring("DEVICE_".length());
    }

    String processorReference() {
        return "test:" + behaviour;
    }
}
