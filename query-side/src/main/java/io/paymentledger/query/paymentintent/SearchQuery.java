package io.paymentledger.query.paymentintent;

import java.util.List;

/** A parsed search query: its clauses, joined all by AND or all by OR ({@code anyOf}). */
record SearchQuery(List<SearchClause> clauses, boolean anyOf) {
}
