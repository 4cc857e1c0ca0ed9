package io.paymentledger.ledger.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a browser uses it, over plain HTTP: one session cookie, sent to whichever node the test names
 * (as a load balancer without sticky sessions would). Redirects are not followed, so that their targets can be read.
 */
public final class DashboardClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=]+)=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String session;

    /** Signs in on {@code baseUrl} with {@code apiKey}; returns the session cookie's value. */
    public String signIn(String baseUrl, String apiKey) throws IOException, InterruptedException {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(baseUrl + "/dashboard/sign-in")).GET());
        String formCookie = cookie(form, "ledger_dashboard_sign_in");
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(baseUrl + "/dashboard/sign-in"))
                .header("Cookie", "ledger_dashboard_sign_in=" + formCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(form) + "&api_key="
                        + URLEncoder.encode(apiKey, StandardCharsets.UTF_8))));
        assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
        session = cookie(signedIn, "ledger_dashboard");
        return session;
    }

    public HttpResponse<String> get(String baseUrl, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", "ledger_dashboard=" + session)
                .GET());
    }

    public HttpResponse<String> post(String baseUrl, String path, String csrf) throws IOException, InterruptedException {
        return post(baseUrl, path, csrf, "");
    }

    /** A form POST with the CSRF token and {@code form} (already encoded, {@code a=1&b=2}). */
    public HttpResponse<String> post(String baseUrl, String path, String csrf, String form)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", "ledger_dashboard=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                        + (form.isEmpty() ? "" : "&" + form))));
    }

    /** The CSRF token in a page's forms. */
    public static String csrf(HttpResponse<String> page) {
        Matcher found = CSRF.matcher(page.body());
        assertThat(found.find()).as("a form with its CSRF token").isTrue();
        return found.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher found = COOKIE.matcher(header);
            if (found.find() && found.group(1).equals(name) && !found.group(2).isEmpty()) {
                return found.group(2);
            }
        }
        throw new AssertionError("no cookie " + name + " in " + response.headers().allValues("Set-Cookie"));
    }
}
