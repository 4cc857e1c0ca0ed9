package io.paymentledger.query.admin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import io.paymentledger.messages.admin.RecordAdminAction;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every admin request is recorded with the key id, time, parameters and outcome, and listed page by page. */
@QuerySideTest
class AuditLogTest {

    private static final String ADMIN = "Bearer test-admin-key";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;

    @Test
    void recordsAnOperationWithItsKeyParametersAndOutcome() throws Exception {
        mvc.perform(post("/admin/dead-letters/audit-group/retry?reason=drill").header("Authorization", ADMIN))
           .andExpect(status().isNotFound());

        mvc.perform(get("/admin/audit-log?limit=1").header("Authorization", ADMIN))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.object").value("list"))
           .andExpect(jsonPath("$.data[0].keyId").value("-key"))
           .andExpect(jsonPath("$.data[0].method").value("POST"))
           .andExpect(jsonPath("$.data[0].path").value("/admin/dead-letters/audit-group/retry"))
           .andExpect(jsonPath("$.data[0].parameters").value("reason=drill"))
           .andExpect(jsonPath("$.data[0].status").value(404))
           .andExpect(jsonPath("$.data[0].occurredAt").isNotEmpty());
    }

    @Test
    void listsTheAdminActionsTheGatewayReportsAmongItsOwn() throws Exception {
        commands.sendAndWait(new RecordAdminAction(Instant.parse("2026-12-01T10:00:00Z"), "sk_test_…abcd", "POST",
                "/v1/events/evt_1/resend", "account=acct_1&webhook_endpoint=we_1", 429, "Too many resends"));

        mvc.perform(get("/admin/audit-log?limit=1").header("Authorization", ADMIN))
           .andExpect(jsonPath("$.data[0].keyId").value("sk_test_…abcd"))
           .andExpect(jsonPath("$.data[0].path").value("/v1/events/evt_1/resend"))
           .andExpect(jsonPath("$.data[0].parameters").value("account=acct_1&webhook_endpoint=we_1"))
           .andExpect(jsonPath("$.data[0].status").value(429))
           .andExpect(jsonPath("$.data[0].outcome").value("Too many resends"));
    }

    @Test
    void recordsRefusedAttemptsWithoutAKeyId() throws Exception {
        mvc.perform(post("/admin/replay").header("Authorization", "Bearer guessed")).andExpect(status().isUnauthorized());

        mvc.perform(get("/admin/audit-log?limit=1").header("Authorization", ADMIN))
           .andExpect(jsonPath("$.data[0].path").value("/admin/replay"))
           .andExpect(jsonPath("$.data[0].status").value(401))
           .andExpect(jsonPath("$.data[0].keyId").doesNotExist());
    }

    @Test
    void pagesNewestFirstWithACursor() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/admin/fingerprints?page=" + i).header("Authorization", ADMIN)).andExpect(status().isOk());
        }
        String first = mvc.perform(get("/admin/audit-log?limit=2").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.has_more").value(true))
                .andExpect(jsonPath("$.data[0].parameters").value("page=2"))
                .andExpect(jsonPath("$.data[1].parameters").value("page=1"))
                .andReturn().getResponse().getContentAsString();
        Number last = JsonPath.read(first, "$.data[1].id");

        mvc.perform(get("/admin/audit-log?limit=1&starting_after=" + last).header("Authorization", ADMIN))
           .andExpect(jsonPath("$.data[0].parameters").value("page=0"));
    }

    @Test
    void refusesABadPageSize() throws Exception {
        mvc.perform(get("/admin/audit-log?limit=1000").header("Authorization", ADMIN))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.type").value("invalid_request_error"));
        mvc.perform(get("/admin/audit-log?starting_after=x").header("Authorization", ADMIN))
           .andExpect(status().isBadRequest());
    }
}
