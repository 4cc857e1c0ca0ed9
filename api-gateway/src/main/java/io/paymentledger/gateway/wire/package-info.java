/**
 * The gateway's wire format, as plain code without Spring: parsing and validating requests into the shared
 * commands and queries, and rendering views as Stripe's JSON.
 *
 * <p>In: {@link io.paymentledger.gateway.wire.RequestParams} reads a form body, a JSON body or a query string into
 * one parameter tree (query string and body merged as Rack merges them: hashes key by key, the body winning on
 * the same key). {@link io.paymentledger.gateway.wire.PaymentIntentRequests} validates every parameter of an
 * endpoint and builds its message, throwing {@link io.paymentledger.gateway.wire.WireException} with a Stripe
 * error code and the parameter in bracket form. Rules that need state or the currency table (minimum and maximum
 * amounts, supported currencies, the 50-key limit after a metadata merge, card checks) are the aggregate's.
 *
 * <p>Out: {@link io.paymentledger.gateway.wire.PaymentIntentJson} renders ordered maps with every field present,
 * to be written by a Jackson mapper that keeps nulls.
 */
package io.paymentledger.gateway.wire;
