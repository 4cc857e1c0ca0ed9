package io.paymentledger.query.paymentintent;

/**
 * Where an intent sits in the newest-first order: its creation second, then the event store position of its
 * creation event for intents created within the same second. Positions never change, so cursors stay valid
 * while new intents arrive.
 */
record IntentPosition(long created, long creationPosition) {

    /** Predicate for rows strictly older than this position (after it in newest-first order). */
    String olderThan(SqlWhere where) {
        String c = where.bind(created);
        return "v.created < " + c + " OR (v.created = " + c + " AND v.creation_position < "
                + where.bind(creationPosition) + ")";
    }

    /** Predicate for rows strictly newer than this position. */
    String newerThan(SqlWhere where) {
        String c = where.bind(created);
        return "v.created > " + c + " OR (v.created = " + c + " AND v.creation_position > "
                + where.bind(creationPosition) + ")";
    }
}
