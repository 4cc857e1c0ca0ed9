package io.paymentledger.gateway.paymentintent;

import static io.paymentledger.gateway.paymentintent.AuthenticationPageController.escape;

import io.paymentledger.messages.paymentintent.PaymentIntentView;

/** The HTML of the hosted 3-D Secure page; every value from an intent is escaped. */
final class AuthenticationPages {

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Authenticate payment</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto}button{font-size:1rem;\
            padding:.5rem 1.5rem;margin-right:1rem}</style></head><body>
            """;

    private AuthenticationPages() {
    }

    static String challenge(PaymentIntentView intent, String clientSecret) {
        String action = "/authenticate/" + escape(intent.id());
        return HEAD + "<h1>" + title(intent) + "</h1>"
                + "<p>Payment of " + intent.amount() + " " + escape(intent.currency()).toUpperCase()
                + " (minor units) for " + escape(intent.id()) + ".</p>"
                + form(action, clientSecret, "succeed", "Complete")
                + form(action, clientSecret, "fail", "Fail")
                + "</body></html>";
    }

    private static String title(PaymentIntentView intent) {
        String action = intent.nextAction() == null ? "" : String.valueOf(intent.nextAction().type());
        return switch (action) {
            case "alipay_handle_redirect" -> "Test Alipay payment";
            case "wechat_pay_display_qr_code" -> "Test WeChat Pay payment";
            default -> "Test 3D Secure authentication";
        };
    }

    static String nothingToDo(PaymentIntentView intent) {
        return HEAD + "<h1>Nothing to authenticate</h1><p>" + escape(intent.id()) + " has status "
                + escape(intent.status().wireName()) + ".</p></body></html>";
    }

    private static String form(String action, String clientSecret, String outcome, String label) {
        return "<form method=\"post\" action=\"" + action + "\" style=\"display:inline\">"
                + "<input type=\"hidden\" name=\"client_secret\" value=\"" + escape(clientSecret) + "\">"
                + "<input type=\"hidden\" name=\"outcome\" value=\"" + outcome + "\">"
                + "<button type=\"submit\" id=\"" + outcome + "\">" + label + "</button></form>";
    }
}
