package io.paymentledger.gateway.paymentintent;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.WireLinks;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.messages.paymentintent.CompletePaymentIntentAuthentication;
import io.paymentledger.messages.paymentintent.FindPaymentIntentForClient;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The hosted 3-D Secure page (our extension, docs/api.md §4.4) that {@code next_action} points the customer to. The
 * browser proves itself with the intent's client secret, not an API key. "Complete" or "Fail" completes the
 * authentication and redirects to the {@code return_url} with Stripe's query parameters
 * ({@code payment_intent}, {@code payment_intent_client_secret}, {@code redirect_status}).
 */
@Hidden
@RestController
class AuthenticationPageController {

    /** The audit trail's {@code apiKeyId} of commands sent from this page, where no API key is involved. */
    static final String PAGE_KEY_ID = "hosted_3ds_page";
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

    private final RequestBodies bodies;
    private final PaymentIntentQueries queries;
    private final PaymentIntentCommands commands;
    private final WireLinks links;

    AuthenticationPageController(RequestBodies bodies, PaymentIntentQueries queries,
                                 PaymentIntentCommands commands, GatewayProperties properties) {
        this.links = properties.links();
        this.bodies = bodies;
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/authenticate/{id}")
    ResponseEntity<String> page(@PathVariable String id, HttpServletRequest request) {
        String secret = field(ParamReader.of(bodies.read(request)), "client_secret");
        PaymentIntentView intent = authorizedIntent(id, secret);
        if (intent.status() != PaymentIntentStatus.REQUIRES_ACTION) {
            return html(AuthenticationPages.nothingToDo(intent));
        }
        return html(AuthenticationPages.challenge(intent, secret));
    }

    /** The QR code of a WeChat Pay intent (docs/api.md §18.2): the hosted page's URL, as PNG or SVG. */
    @GetMapping("/authenticate/{id}/qr/{format}")
    ResponseEntity<byte[]> qrCode(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
        String secret = field(ParamReader.of(bodies.read(request)), "client_secret");
        PaymentIntentView intent = authorizedIntent(id, secret);
        if (!"png".equals(format) && !"svg".equals(format)
                || intent.status() != PaymentIntentStatus.REQUIRES_ACTION || intent.nextAction() == null
                || !"wechat_pay_display_qr_code".equals(intent.nextAction().type())) {
            throw ApiException.noSuchPaymentIntent(id);
        }
        String page = pageUrl(request, id, secret);
        MediaType type = "png".equals(format) ? MediaType.IMAGE_PNG : new MediaType("image", "svg+xml");
        byte[] image = "png".equals(format) ? QrCodes.png(page) : QrCodes.svg(page).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(image);
    }

    @PostMapping("/authenticate/{id}")
    ResponseEntity<String> complete(@PathVariable String id, HttpServletRequest request) {
        ParamReader form = ParamReader.of(bodies.read(request));
        String secret = field(form, "client_secret");
        PaymentIntentView intent = authorizedIntent(id, secret);
        boolean succeeded = "succeed".equals(form.raw("outcome"));
        Caller page = new Caller(intent.accountId(), PAGE_KEY_ID);
        PaymentIntentView after = commands.send(request, page, id,
                new CompletePaymentIntentAuthentication(id, intent.accountId(), succeeded)).intent();
        String returnUrl = intent.nextAction() == null ? null : intent.nextAction().returnUrl();
        if (returnUrl == null) {
            return html(AuthenticationPages.nothingToDo(after));
        }
        String status = after.status() == PaymentIntentStatus.REQUIRES_PAYMENT_METHOD ? "failed" : "succeeded";
        String redirect = returnUrl + (returnUrl.contains("?") ? "&" : "?") + "payment_intent=" + encode(id)
                + "&payment_intent_client_secret=" + encode(secret) + "&redirect_status=" + status;
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(redirect)).build();
    }

    // An unknown intent and a wrong secret look the same, so the page reveals nothing about other intents.
    private PaymentIntentView authorizedIntent(String id, String secret) {
        return queries.find(new FindPaymentIntentForClient(id, secret), PaymentIntentView.class)
                .orElseThrow(() -> ApiException.noSuchPaymentIntent(id));
    }

    // The page is a browser's form, not an API call: fields it does not know are ignored, not refused.
    private static String field(ParamReader form, String name) {
        return form.raw(name) instanceof String value ? value : null;
    }

    // The image shows the same link next_action gives, built on the configured public base URL.
    private String pageUrl(HttpServletRequest request, String id, String secret) {
        return links.publicBaseUrl() + "/authenticate/" + id + "?client_secret=" + encode(secret);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // No framing (clickjacking of the succeed/fail buttons), no scripts, no resources from anywhere: the page is
    // its own inline style and a form posting back to itself.
    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .body(page);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
