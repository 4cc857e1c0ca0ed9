// Refunds and charges with stripe-node, unchanged: partial refunds, the charge with its refunds, the limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Stripe from 'stripe';
import { other, stripe } from './ledger.js';

const paid = (amount, paymentMethod = 'pm_card_visa') => stripe.paymentIntents.create({
  amount,
  currency: 'usd',
  payment_method: paymentMethod,
  confirm: true,
  automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
});

test('partial refunds add up on the charge until nothing is left', async () => {
  const intent = await paid(2000);
  const first = await stripe.refunds.create({ payment_intent: intent.id, amount: 1500, reason: 'duplicate' });
  const rest = await stripe.refunds.create({ charge: intent.latest_charge });

  assert.equal(first.object, 'refund');
  assert.equal(first.status, 'succeeded');
  assert.equal(first.reason, 'duplicate');
  assert.equal(rest.amount, 500);
  assert.equal((await stripe.refunds.retrieve(first.id)).amount, 1500);
  const charge = await stripe.charges.retrieve(intent.latest_charge, { expand: ['refunds'] });
  assert.equal(charge.amount_refunded, 2000);
  assert.equal(charge.refunded, true);
  assert.deepEqual(charge.refunds.data.map((refund) => refund.id).sort(), [first.id, rest.id].sort());

  await assert.rejects(stripe.refunds.create({ payment_intent: intent.id }), (error) => {
    assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, error.message);
    assert.equal(error.code, 'charge_already_refunded');
    return true;
  });
});

test('an amount above what is left is refused on amount', async () => {
  const intent = await paid(1000);
  await assert.rejects(stripe.refunds.create({ payment_intent: intent.id, amount: 1001 }), (error) => {
    assert.equal(error.code, 'amount_too_large');
    assert.equal(error.param, 'amount');
    return true;
  });
});

test('refunds list with auto-paging, filtered by intent', async () => {
  const intent = await paid(1000);
  const ids = [];
  for (let i = 0; i < 3; i += 1) {
    ids.push((await stripe.refunds.create({ payment_intent: intent.id, amount: 100 })).id);
  }
  const listed = await stripe.refunds.list({ payment_intent: intent.id, limit: 2 })
    .autoPagingToArray({ limit: 100 });
  assert.deepEqual(listed.map((refund) => refund.id).sort(), ids.sort());
});

test("another account's refund is missing", async () => {
  const intent = await paid(1000);
  const refund = await stripe.refunds.create({ payment_intent: intent.id });
  await assert.rejects(other.refunds.retrieve(refund.id), (error) => {
    assert.equal(error.statusCode, 404);
    assert.equal(error.code, 'resource_missing');
    return true;
  });
});
