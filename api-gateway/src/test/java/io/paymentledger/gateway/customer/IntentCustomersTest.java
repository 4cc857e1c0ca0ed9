package io.paymentledger.gateway.customer;

import com.jayway.jsonpath.JsonPath;
import io.paymentledger.gateway.GatewayWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The customer rules of intents (docs/api.md §17.4), refused before any command is sent. */
class IntentCustomersTest extends GatewayWebTest {

    private ResultActions postForm(String path, String body) throws Exception {
        return mvc.perform(authorized(post(path)).contentType("application/x-www-form-urlencoded").content(body));
    }

    private String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void refusesAnUnknownCustomerAndASavedCardOfAnotherCustomer() throws Exception {
        String ada = id(postForm("/v1/customers", "name=Ada"));
        String bob = id(postForm("/v1/customers", "name=Bob"));
        String card = id(postForm("/v1/payment_methods", "type=card&card[token]=tok_visa"));
        postForm("/v1/payment_methods/" + card + "/attach", "customer=" + ada).andExpect(status().isOk());

        postForm("/v1/payment_intents", "amount=1000&currency=usd&customer=cus_nobody")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("resource_missing"))
                .andExpect(jsonPath("$.error.param").value("customer"));
        postForm("/v1/payment_intents", "amount=1000&currency=usd&customer=" + bob + "&payment_method=" + card)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("payment_method"))
                .andExpect(jsonPath("$.error.message").value(org.hamcrest.Matchers.containsString(ada)));
        postForm("/v1/payment_intents", "amount=1000&currency=usd&payment_method=" + card)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("payment_method"));
        verify(commands, never()).send(any(), any(org.axonframework.messaging.MetaData.class));
    }
}
