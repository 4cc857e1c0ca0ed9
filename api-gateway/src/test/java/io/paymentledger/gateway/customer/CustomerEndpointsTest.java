package io.paymentledger.gateway.customer;

import com.jayway.jsonpath.JsonPath;
import io.paymentledger.gateway.GatewayWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Customers and saved payment methods (docs/api.md §17) through the gateway's filters, controllers and H2. */
class CustomerEndpointsTest extends GatewayWebTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Autowired
    private JdbcTemplate jdbc;

    private ResultActions postForm(String key, String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + key).contentType(FORM).content(body));
    }

    private String id(ResultActions result) throws Exception {
        MvcResult done = result.andExpect(status().isOk()).andReturn();
        return JsonPath.read(done.getResponse().getContentAsString(), "$.id");
    }

    private String card(String key) throws Exception {
        return id(postForm(key, "/v1/payment_methods", "type=card&card[number]=4242424242424242&card[exp_month]=12"
                + "&card[exp_year]=2031&card[cvc]=123"));
    }

    @Test
    void createsRetrievesUpdatesAndDeletesACustomerAsStripeShapesIt() throws Exception {
        String id = id(postForm(ALPHA_KEY, "/v1/customers", "email=ada@example.com&name=Ada+Lovelace&phone=%2B441234"
                + "&address[line1]=1+Main+St&address[country]=GB&metadata[tier]=gold&preferred_locales[]=en"
                + "&shipping[name]=Ada&shipping[address][line1]=2+Side+St")
                .andExpect(jsonPath("$.object").value("customer"))
                .andExpect(jsonPath("$.id").value(matchesPattern("cus_[A-Za-z0-9]{14}")))
                .andExpect(jsonPath("$.email").value("ada@example.com"))
                .andExpect(jsonPath("$.address.line1").value("1 Main St"))
                .andExpect(jsonPath("$.address.city").value(nullValue()))
                .andExpect(jsonPath("$.shipping.address.line1").value("2 Side St"))
                .andExpect(jsonPath("$.balance").value(0))
                .andExpect(jsonPath("$.tax_exempt").value("none"))
                .andExpect(jsonPath("$.invoice_prefix").value(matchesPattern("[0-9A-F]{8}")))
                .andExpect(jsonPath("$.invoice_settings.default_payment_method").value(nullValue()))
                .andExpect(jsonPath("$.preferred_locales[0]").value("en"))
                .andExpect(jsonPath("$.metadata.tier").value("gold"))
                .andExpect(jsonPath("$.livemode").value(false)));

        postForm(ALPHA_KEY, "/v1/customers/" + id, "name=&metadata[tier]=&metadata[since]=2026&phone=")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(nullValue()))
                .andExpect(jsonPath("$.phone").value(nullValue()))
                .andExpect(jsonPath("$.email").value("ada@example.com"))
                .andExpect(jsonPath("$.metadata.tier").doesNotExist())
                .andExpect(jsonPath("$.metadata.since").value("2026"));
        mvc.perform(authorized(get("/v1/customers/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.metadata.since").value("2026"));

        mvc.perform(get("/v1/customers/" + id).header("Authorization", "Bearer " + BETA_KEY))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error.code").value("resource_missing"));
        mvc.perform(delete("/v1/customers/" + id).header("Authorization", "Bearer " + BETA_KEY))
                .andExpect(status().isNotFound());

        mvc.perform(authorized(delete("/v1/customers/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.object").value("customer"))
                .andExpect(jsonPath("$.deleted").value(true));
        mvc.perform(authorized(get("/v1/customers/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.deleted").value(true)).andExpect(jsonPath("$.email").doesNotExist());
        postForm(ALPHA_KEY, "/v1/customers/" + id, "name=Again").andExpect(status().isNotFound());
    }

    @Test
    void listsNewestFirstWithCursorsAndTheEmailFilter() throws Exception {
        String email = UUID.randomUUID() + "@example.com";
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // The list orders by created_ms, then id: customers made within one millisecond tie, and their random
            // ids decide. Each is made in a millisecond of its own, so that newest first is creation order.
            long made = System.currentTimeMillis();
            while (System.currentTimeMillis() == made) {
                Thread.onSpinWait();
            }
            ids.add(id(postForm(ALPHA_KEY, "/v1/customers", "email=" + email)));
        }
        id(postForm(BETA_KEY, "/v1/customers", "email=" + email));
        mvc.perform(authorized(get("/v1/customers?limit=2&email=" + email))).andExpect(status().isOk())
                .andExpect(jsonPath("$.object").value("list"))
                .andExpect(jsonPath("$.url").value("/v1/customers"))
                .andExpect(jsonPath("$.has_more").value(true))
                .andExpect(jsonPath("$.data[*].id").value(contains(ids.get(2), ids.get(1))));
        mvc.perform(authorized(get("/v1/customers?limit=2&email=" + email + "&starting_after=" + ids.get(1))))
                .andExpect(jsonPath("$.has_more").value(false))
                .andExpect(jsonPath("$.data[*].id").value(contains(ids.get(0))));
        mvc.perform(authorized(get("/v1/customers?limit=1&email=" + email + "&ending_before=" + ids.get(0))))
                .andExpect(jsonPath("$.has_more").value(true))
                .andExpect(jsonPath("$.data[*].id").value(contains(ids.get(1))));
        mvc.perform(authorized(get("/v1/customers?email=" + email + "&created[lt]=1000")))
                .andExpect(jsonPath("$.data").value(empty()));
        mvc.perform(authorized(get("/v1/customers?email=" + email + "&created[gt]=9223372036854775807")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.data").value(empty()));
        mvc.perform(authorized(delete("/v1/customers/" + ids.get(2)))).andExpect(status().isOk());
        mvc.perform(authorized(get("/v1/customers?email=" + email)))
                .andExpect(jsonPath("$.data[*].id").value(contains(ids.get(1), ids.get(0))));
    }

    @Test
    void refusesBadInputAndWritesNothing() throws Exception {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class);
        postForm(ALPHA_KEY, "/v1/customers", "email=not-an-email").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("email"));
        postForm(ALPHA_KEY, "/v1/customers", "tax_id_data[0][type]=eu_vat").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("parameter_unknown"));
        postForm(ALPHA_KEY, "/v1/customers", "shipping[name]=Ada").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("parameter_missing"));
        postForm(ALPHA_KEY, "/v1/customers", "name=" + "x".repeat(257)).andExpect(status().isBadRequest());
        postForm(ALPHA_KEY, "/v1/customers", "payment_method=pm_nope").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("resource_missing"));
        postForm(ALPHA_KEY, "/v1/customers", "invoice_settings[default_payment_method]=pm_nope")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("invoice_settings[default_payment_method]"));
        mvc.perform(authorized(get("/v1/customers?limit=0"))).andExpect(status().isBadRequest());
        mvc.perform(authorized(get("/v1/customers?starting_after=cus_nope")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.param").value("starting_after"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class)).isEqualTo(before);
    }

    @Test
    void replaysACreateUnderTheSameIdempotencyKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = id(mvc.perform(authorized(post("/v1/customers")).header("Idempotency-Key", key)
                .contentType(FORM).content("name=Once")));
        String again = id(mvc.perform(authorized(post("/v1/customers")).header("Idempotency-Key", key)
                .contentType(FORM).content("name=Once")));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void attachesListsAndDetachesSavedCards() throws Exception {
        String customer = id(postForm(ALPHA_KEY, "/v1/customers", "name=Ada"));
        String other = id(postForm(ALPHA_KEY, "/v1/customers", "name=Bob"));
        String first = card(ALPHA_KEY);
        String second = card(ALPHA_KEY);

        postForm(ALPHA_KEY, "/v1/payment_methods/" + first + "/attach", "customer=" + customer)
                .andExpect(status().isOk()).andExpect(jsonPath("$.customer").value(customer));
        postForm(ALPHA_KEY, "/v1/payment_methods/" + second + "/attach", "customer=" + customer)
                .andExpect(status().isOk());
        postForm(ALPHA_KEY, "/v1/payment_methods/" + first + "/attach", "customer=" + other)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.message").value("The payment method you provided has already been "
                        + "attached to a customer."));
        postForm(BETA_KEY, "/v1/payment_methods/" + first + "/attach", "customer=" + customer)
                .andExpect(status().isNotFound());
        postForm(ALPHA_KEY, "/v1/payment_methods/" + first + "/attach", "customer=cus_nope")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.param").value("customer"));
        mvc.perform(authorized(get("/v1/payment_methods/" + first))).andExpect(jsonPath("$.customer").value(customer));

        mvc.perform(authorized(get("/v1/customers/" + customer + "/payment_methods?type=card")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[*].id").value(contains(second, first)))
                .andExpect(jsonPath("$.url").value("/v1/customers/" + customer + "/payment_methods"));
        mvc.perform(authorized(get("/v1/customers/" + customer + "/payment_methods?limit=1&starting_after=" + second)))
                .andExpect(jsonPath("$.data[*].id").value(contains(first)))
                .andExpect(jsonPath("$.has_more").value(false));
        mvc.perform(authorized(get("/v1/customers/" + customer + "/payment_methods?type=sofort")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/v1/customers/" + customer + "/payment_methods").header("Authorization", "Bearer "
                + BETA_KEY)).andExpect(status().isNotFound());

        postForm(ALPHA_KEY, "/v1/customers/" + customer, "invoice_settings[default_payment_method]=" + first)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invoice_settings.default_payment_method").value(first));
        mvc.perform(authorized(get("/v1/customers/" + customer
                        + "?expand[]=invoice_settings.default_payment_method")))
                .andExpect(jsonPath("$.invoice_settings.default_payment_method.id").value(first))
                .andExpect(jsonPath("$.invoice_settings.default_payment_method.customer").value(customer));

        postForm(ALPHA_KEY, "/v1/payment_methods/" + first + "/detach", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.customer").value(nullValue()));
        postForm(ALPHA_KEY, "/v1/payment_methods/" + first + "/detach", "").andExpect(status().isBadRequest());
        mvc.perform(authorized(get("/v1/customers/" + customer)))
                .andExpect(jsonPath("$.invoice_settings.default_payment_method").value(nullValue()));
        mvc.perform(authorized(get("/v1/customers/" + customer + "/payment_methods")))
                .andExpect(jsonPath("$.data[*].id").value(contains(second)));

        mvc.perform(authorized(delete("/v1/customers/" + customer))).andExpect(status().isOk());
        mvc.perform(authorized(get("/v1/payment_methods/" + second))).andExpect(jsonPath("$.customer")
                .value(nullValue()));
    }
}
