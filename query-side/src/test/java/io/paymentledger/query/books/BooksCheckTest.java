package io.paymentledger.query.books;

import io.micrometer.core.instrument.MeterRegistry;
import io.paymentledger.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The books check names an unbalanced entry and its currency, through the admin API, in its metric. */
@QuerySideTest
class BooksCheckTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void namesAPostingWithoutItsCounterpart() throws Exception {
        String intent = anyIntentId();
        // A debit without a credit in a currency of its own, as a hand-edited row would leave it.
        jdbc.update("INSERT INTO books_posting (entry_id, line, account_id, currency, ledger_account, side, phase, "
                + "amount, kind, payment_intent_id, created) VALUES (?, 0, ?, 'zzz', 'card_clearing', 'debit', "
                + "'posted', 700, 'charge', ?, ?)", "je_broken_" + intent, anyAccountId(), intent, Timestamp.from(T0));
        try {
            mvc.perform(get("/admin/books-check").header("Authorization", "Bearer test-admin-key"))
               .andExpect(status().isOk())
               .andExpect(jsonPath("$.passed").value(false))
               .andExpect(jsonPath("$.discrepancies").value(hasItem(
                       "debits minus credits of zzz posted postings is 700, not 0")))
               .andExpect(jsonPath("$.discrepancies").value(hasItem(
                       "journal entry je_broken_" + intent + ": debits minus credits of its posted postings is 700")));
            assertThat(meters.get("ledger.books.discrepancies").gauge().value()).isGreaterThanOrEqualTo(2);
            assertThat(meters.get("ledger.books.checks").tag("result", "failed").counter().count()).isPositive();
        } finally {
            jdbc.update("DELETE FROM books_posting WHERE entry_id = ?", "je_broken_" + intent);
        }
    }
}
