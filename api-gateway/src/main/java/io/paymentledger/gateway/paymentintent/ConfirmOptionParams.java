package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.OffSession;

import java.util.List;

/**
 * The parameters that only matter for one confirmation attempt. {@code mandate}, {@code mandate_data} and
 * {@code radar_options} are accepted and ignored, as Stripe ignores them for cards.
 */
final class ConfirmOptionParams {

    /** In the order docs/api.md §3.1 lists them; on create they need {@code confirm=true}. */
    static final List<String> CONFIRM_ONLY = List.of("return_url", "off_session", "error_on_requires_action",
            "mandate", "mandate_data", "radar_options");

    private ConfirmOptionParams() {
    }

    static ConfirmOptions options(ParamReader params) {
        return new ConfirmOptions(TextParams.returnUrl(params, "return_url"),
                params.enumValue("off_session", OffSession.values(), OffSession::wireName),
                Boolean.TRUE.equals(params.bool("error_on_requires_action")),
                Boolean.TRUE.equals(params.bool("use_stripe_sdk")), null);
    }

    static void rejectConfirmOnly(ParamReader params) {
        params.keys().stream().filter(CONFIRM_ONLY::contains).findFirst().ifPresent(key -> {
            throw ParamErrors.invalid(key, "You can only pass " + key + " when confirm=true.");
        });
    }
}
