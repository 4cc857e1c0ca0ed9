package io.paymentledger.query.paymentintent;

/** A search query that does not follow the grammar; the message says where and why. */
class SearchSyntaxException extends RuntimeException {

    SearchSyntaxException(int position, String problem) {
        super("Invalid search query at position " + position + ": " + problem);
    }
}
