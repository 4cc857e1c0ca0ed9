package io.paymentledger.gateway.device;

import java.util.List;
import java.util.Optional;

import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ResourceNames;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.springframework.stereotype.Component;

/**
 * The simulated terminals every account has in test mode (docs/api.md §19.3): one approves, one declines, one
 * times out. A payment on a device pays with the card the device reads: a {@code card_present} payment method whose
 * processor reference tells the test processor to answer after the device's delay (a persistent deadline).
 */
@Component
public class Devices {

    /** The payment method type of a card read by a terminal. */
    public static final String CARD_PRESENT = "card_present";

    static final List<TestDevice> TEST_DEVICES = List.of(
            new TestDevice("tmr_test_approves", "Simulated reader: approves", "DEVICE_APPROVES", "pm_card_visa"),
            new TestDevice("tmr_test_declines", "Simulated reader: declines", "DEVICE_DECLINES",
                    "pm_card_chargeDeclined"),
            new TestDevice("tmr_test_times_out", "Simulated reader: times out", "DEVICE_TIMES_OUT", "pm_card_visa"));

    private final CardVault vault;

    Devices(CardVault vault) {
        this.vault = vault;
    }

    List<TestDevice> all() {
        return TEST_DEVICES;
    }

    static Optional<TestDevice> find(String id) {
        return TEST_DEVICES.stream().filter(device -> device.id().equals(id)).findFirst();
    }

    /**
     * The device a request's {@code key} names ({@code accounts/{account}/devices/{id}}) and the card it reads; null
     * when the key is absent. An unknown device, or another account's, is 400 {@code resource_missing}.
     */
    public DeviceCard card(ParamReader params, String key, String accountId) {
        String id = ResourceNames.idIn(params, key, accountId, ResourceNames.DEVICES);
        if (id == null) {
            return null;
        }
        TestDevice device = find(id).orElseThrow(() -> ParamErrors.of(PaymentErrorCode.RESOURCE_MISSING,
                "No such device: '" + ResourceNames.of(accountId, ResourceNames.DEVICES, id) + "'",
                params.name(key)));
        PaymentMethod card = vault.resolve(accountId, device.card(), params.name(key));
        return new DeviceCard(device.id(), PaymentMethodInput.of(new PaymentMethod(card.id(), card.created(),
                CARD_PRESENT, card.card(), card.billingDetails(), card.metadata(), device.processorReference())));
    }

    /** The card a device reads, as the payment method of a confirmation on {@code deviceId}. */
    public record DeviceCard(String deviceId, PaymentMethodInput paymentMethod) {
    }
}
