// A retried POST with the same Idempotency-Key gets the first answer again and executes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Stripe from 'stripe';
import { other, stripe, uniqueKey } from './ledger.js';

test('replays the first answer of a create', async () => {
  const idempotencyKey = uniqueKey();
  const params = { amount: 2000, currency: 'usd', metadata: { order_id: 'R-1' } };
  const first = await stripe.paymentIntents.create(params, { idempotencyKey });
  const replayed = await stripe.paymentIntents.create(params, { idempotencyKey });
  assert.equal(replayed.id, first.id);
  assert.deepEqual({ ...replayed, lastResponse: null }, { ...first, lastResponse: null });
  assert.equal(first.lastResponse.idempotencyKey, idempotencyKey);
  assert.equal(replayed.lastResponse.headers['idempotent-replayed'], 'true');
  assert.equal(first.lastResponse.headers['idempotent-replayed'], undefined);
});

test('replays a decline without charging again', async () => {
  const idempotencyKey = uniqueKey();
  const params = { amount: 2000, currency: 'usd', payment_method: 'pm_card_chargeDeclined', confirm: true };
  const decline = () => stripe.paymentIntents.create(params, { idempotencyKey })
    .then(() => assert.fail('expected a decline'), (error) => error);
  const first = await decline();
  const replayed = await decline();
  assert.ok(first instanceof Stripe.errors.StripeCardError, first.message);
  assert.ok(replayed instanceof Stripe.errors.StripeCardError, replayed.message);
  assert.equal(replayed.payment_intent.id, first.payment_intent.id);
  const read = await stripe.paymentIntents.retrieve(first.payment_intent.id);
  assert.equal(read.latest_charge, first.payment_intent.latest_charge);
});

test('replays a capture instead of capturing twice', async () => {
  const intent = await stripe.paymentIntents.create({
    amount: 5000, currency: 'usd', capture_method: 'manual', payment_method: 'pm_card_visa', confirm: true,
  });
  const idempotencyKey = uniqueKey();
  const first = await stripe.paymentIntents.capture(intent.id, { amount_to_capture: 4000 }, { idempotencyKey });
  const replayed = await stripe.paymentIntents.capture(intent.id, { amount_to_capture: 4000 }, { idempotencyKey });
  assert.equal(first.status, 'succeeded');
  assert.equal(replayed.amount_received, 4000);
  assert.equal(replayed.lastResponse.headers['idempotent-replayed'], 'true');
});

test('keys of different accounts never collide', async () => {
  const idempotencyKey = uniqueKey();
  const params = { amount: 2000, currency: 'usd' };
  const mine = await stripe.paymentIntents.create(params, { idempotencyKey });
  const theirs = await other.paymentIntents.create(params, { idempotencyKey });
  assert.notEqual(theirs.id, mine.id);
});
