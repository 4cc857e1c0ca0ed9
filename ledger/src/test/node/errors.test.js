// Each class of error arrives in stripe-node as the error class Stripe's own API would raise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Stripe from 'stripe';
import { client, stripe, uniqueKey } from './ledger.js';

test('a declined card raises StripeCardError carrying the intent', async () => {
  const declined = await stripe.paymentIntents.create({
    amount: 2000, currency: 'usd', payment_method: 'pm_card_visa_chargeDeclinedInsufficientFunds', confirm: true,
  }).then(() => assert.fail('expected a decline'), (error) => error);
  assert.ok(declined instanceof Stripe.errors.StripeCardError, declined.message);
  assert.equal(declined.type, 'StripeCardError');
  assert.equal(declined.rawType, 'card_error');
  assert.equal(declined.statusCode, 402);
  assert.equal(declined.code, 'card_declined');
  assert.equal(declined.decline_code, 'insufficient_funds');
  assert.match(declined.requestId, /^req_/);
  assert.equal(declined.payment_intent.status, 'requires_payment_method');
  assert.equal(declined.payment_intent.last_payment_error.decline_code, 'insufficient_funds');
  assert.match(declined.payment_intent.latest_charge, /^ch_/);
});

test('a missing parameter raises StripeInvalidRequestError naming it', async () => {
  await assert.rejects(stripe.paymentIntents.create({ currency: 'usd' }), (error) => {
    assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, error.message);
    assert.equal(error.statusCode, 400);
    assert.equal(error.code, 'parameter_missing');
    assert.equal(error.param, 'amount');
    return true;
  });
});

test('an invalid value raises StripeInvalidRequestError naming the parameter', async () => {
  await assert.rejects(stripe.paymentIntents.create({ amount: -5, currency: 'usd' }), (error) => {
    assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, error.message);
    assert.equal(error.statusCode, 400);
    assert.equal(error.param, 'amount');
    return true;
  });
});

test('an operation the state does not allow raises StripeInvalidRequestError with the current intent', async () => {
  const intent = await stripe.paymentIntents.create({ amount: 2000, currency: 'usd' });
  await assert.rejects(stripe.paymentIntents.capture(intent.id), (error) => {
    assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, error.message);
    assert.equal(error.code, 'payment_intent_unexpected_state');
    assert.equal(error.payment_intent.id, intent.id);
    assert.equal(error.payment_intent.status, 'requires_payment_method');
    return true;
  });
});

test('an unknown intent raises StripeInvalidRequestError with 404', async () => {
  await assert.rejects(stripe.paymentIntents.retrieve('pi_doesNotExist00000000000'), (error) => {
    assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, error.message);
    assert.equal(error.statusCode, 404);
    assert.equal(error.code, 'resource_missing');
    return true;
  });
});

test('an unknown key raises StripeAuthenticationError without echoing the key', async () => {
  await assert.rejects(client('sk_test_notAKnownKey12345').paymentIntents.retrieve('pi_any'), (error) => {
    assert.ok(error instanceof Stripe.errors.StripeAuthenticationError, error.message);
    assert.equal(error.statusCode, 401);
    assert.match(error.message, /Invalid API Key provided/);
    assert.doesNotMatch(error.message, /notAKnownKey/);
    return true;
  });
});

test('reusing an idempotency key with other parameters raises StripeIdempotencyError', async () => {
  const idempotencyKey = uniqueKey();
  await stripe.paymentIntents.create({ amount: 2000, currency: 'usd' }, { idempotencyKey });
  await assert.rejects(stripe.paymentIntents.create({ amount: 2500, currency: 'usd' }, { idempotencyKey }),
    (error) => {
      assert.ok(error instanceof Stripe.errors.StripeIdempotencyError, error.message);
      assert.equal(error.statusCode, 400);
      assert.equal(error.rawType, 'idempotency_error');
      return true;
    });
});
