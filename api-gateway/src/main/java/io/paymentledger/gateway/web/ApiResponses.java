package io.paymentledger.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Successful answers: 200 with a JSON body whatever the {@code Accept} header says (docs/api.md §1), and Stripe's list. */
public final class ApiResponses {

    private ApiResponses() {
    }

    public static ResponseEntity<Object> ok(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** Stripe's list object: {@code {"object":"list","data":[…],"has_more":…,"url":…}}. */
    public static Map<String, Object> list(List<?> data, boolean hasMore, String url) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("object", "list");
        json.put("data", data);
        json.put("has_more", hasMore);
        json.put("url", url);
        return json;
    }
}
