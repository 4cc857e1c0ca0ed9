// Every PaymentIntent operation through stripe-node, each answer checked against the next read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorized, stripe } from './ledger.js';

test('creates, updates, confirms and partially captures an intent', async () => {
  const created = await stripe.paymentIntents.create({
    amount: 2000, currency: 'USD', capture_method: 'manual', metadata: { order_id: 'A-1' },
  });
  assert.match(created.id, /^pi_[A-Za-z0-9]{24}$/);
  assert.ok(created.client_secret.startsWith(`${created.id}_secret_`));
  assert.equal(created.object, 'payment_intent');
  assert.equal(created.status, 'requires_payment_method');
  assert.equal(created.currency, 'usd');
  assert.equal(created.livemode, false);
  assert.match(created.lastResponse.requestId, /^req_/);
  assert.equal(created.lastResponse.statusCode, 200);

  const updated = await stripe.paymentIntents.update(created.id, {
    description: 'Order A-1', metadata: { note: 'gift' },
  });
  assert.equal(updated.description, 'Order A-1');
  assert.deepEqual(updated.metadata, { order_id: 'A-1', note: 'gift' });

  const confirmed = await stripe.paymentIntents.confirm(created.id, { payment_method: 'pm_card_visa' });
  assert.equal(confirmed.status, 'requires_capture');
  assert.equal(confirmed.amount_capturable, 2000);

  const captured = await stripe.paymentIntents.capture(created.id, { amount_to_capture: 1500 });
  assert.equal(captured.status, 'succeeded');
  assert.equal(captured.amount_received, 1500);
  assert.equal(captured.amount_capturable, 0);

  const read = await stripe.paymentIntents.retrieve(created.id, { expand: ['latest_charge', 'payment_method'] });
  assert.equal(read.status, 'succeeded');
  assert.equal(read.amount_received, 1500);
  assert.equal(read.latest_charge.object, 'charge');
  assert.equal(read.latest_charge.payment_intent, created.id);
  assert.equal(read.payment_method.card.last4, '4242');
});

test('creates and confirms in one call with automatic capture', async () => {
  const paid = await stripe.paymentIntents.create({
    amount: 1000, currency: 'eur', payment_method: 'pm_card_visa', confirm: true,
  });
  assert.equal(paid.status, 'succeeded');
  assert.equal(paid.amount_received, 1000);
  assert.match(paid.latest_charge, /^ch_/);
  assert.equal((await stripe.paymentIntents.retrieve(paid.id)).status, 'succeeded');
});

test('captures an authorized intent in full', async () => {
  const intent = await authorized(3100);
  const captured = await stripe.paymentIntents.capture(intent.id);
  assert.equal(captured.status, 'succeeded');
  assert.equal(captured.amount_received, 3100);
  assert.equal(captured.amount_capturable, 0);
});

test('cancels an authorized intent with a reason', async () => {
  const intent = await authorized(3000);
  const canceled = await stripe.paymentIntents.cancel(intent.id, { cancellation_reason: 'requested_by_customer' });
  assert.equal(canceled.status, 'canceled');
  assert.equal(canceled.cancellation_reason, 'requested_by_customer');
  assert.equal(typeof canceled.canceled_at, 'number');
  assert.equal(canceled.amount_capturable, 0);
  assert.equal((await stripe.paymentIntents.retrieve(intent.id)).status, 'canceled');
});

test('keeps metadata through updates and removes a key set to an empty string', async () => {
  const intent = await stripe.paymentIntents.create({
    amount: 1200, currency: 'usd', metadata: { order_id: 'M-1', channel: 'web' },
  });
  const updated = await stripe.paymentIntents.update(intent.id, { metadata: { channel: '', note: 'gift' } });
  assert.deepEqual(updated.metadata, { order_id: 'M-1', note: 'gift' });
  assert.deepEqual((await stripe.paymentIntents.retrieve(intent.id)).metadata, { order_id: 'M-1', note: 'gift' });
});
