package io.paymentledger.gateway.auth;

import java.util.regex.Pattern;

import io.paymentledger.gateway.auth.AccountCapabilities.Capability;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a payment to an account without the {@code payments} capability (docs/api.md §19.2): creating or
 * confirming an intent on the Stripe paths, the WooPayments route and the resource-name API answers 403. Reading,
 * capturing, canceling and refunding what the account already took stay open, so an account that loses the
 * capability can wind down. Runs after the key interceptors, which put the caller on the request.
 */
@Component
public class CapabilityInterceptor implements HandlerInterceptor {

    private static final Pattern TAKES_PAYMENT = Pattern.compile("POST (/v1/payment_intents(/[^/]+/confirm)?"
            + "|/v1/accounts/[^/]+/payment-intents|/wp-json/wc/v3/payments/payment_intents)/?");

    private final AccountCapabilities capabilities;

    CapabilityInterceptor(AccountCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = ApiKeyInterceptor.callerOf(request);
        if (caller != null && TAKES_PAYMENT.matcher(request.getMethod() + " " + request.getRequestURI()).matches()) {
            require(caller.accountId(), Capability.PAYMENTS);
        }
        return true;
    }

    /** Refuses with 403 when the account lacks the capability. */
    public void require(String accountId, Capability capability) {
        if (!capabilities.has(accountId, capability)) {
            throw missing(accountId, capability);
        }
    }

    static ApiException missing(String accountId, Capability capability) {
        return new ApiException(PaymentErrorCode.PERMISSION_DENIED, "The account '" + accountId + "' does not have "
                + "the '" + capability.wireName() + "' capability (LEDGER_ACCOUNT_CAPABILITIES).", null);
    }
}
