/**
 * What every resource shares: {@link io.paymentledger.gateway.web.RequestBodies} reads a form or JSON body and the
 * query string into one {@link io.paymentledger.gateway.web.RequestParams} tree; {@link
 * io.paymentledger.gateway.web.ParamReader} checks unknown parameters and reads typed values, failing with an
 * {@link io.paymentledger.gateway.error.ApiException} that names the parameter; {@link
 * io.paymentledger.gateway.web.ApiResponses} answers with JSON.
 *
 * <p>To add a resource (say refunds), copy the shape of {@code paymentintent/} into a package of its own
 * ({@code refund/}): a {@code RefundController} that only reads, sends and renders; {@code Refund…Params} that
 * validate with a {@code ParamReader} and build the command or query; a {@code RefundJson} that renders the view.
 * Its rules stay in its package; only what a second resource needs as well moves here.
 */
package io.paymentledger.gateway.web;
