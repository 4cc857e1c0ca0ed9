// The Events API and webhooks through stripe-node: list, filters, auto-paging, retrieve, signed deliveries.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Stripe from 'stripe';
import { eventually, other, stripe } from './ledger.js';
import { startReceiver } from './webhook-receiver.js';

const WAIT = { timeoutMs: 60_000 };
let receiver;
let endpoint;

before(async () => {
  receiver = await startReceiver();
  endpoint = await stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: ['*'] });
  receiver.useSecret(endpoint.secret);
});

after(async () => {
  if (endpoint) {
    await stripe.webhookEndpoints.del(endpoint.id);
  }
  await receiver?.close();
});

/** An authorized then captured intent: created, amount_capturable_updated, succeeded. */
async function capturedIntent(amount) {
  const intent = await stripe.paymentIntents.create({
    amount, currency: 'usd', capture_method: 'manual', payment_method: 'pm_card_visa', confirm: true,
  });
  await stripe.paymentIntents.capture(intent.id);
  return intent;
}

const aboutIntent = (intentId) => (event) => event.data.object.id === intentId;

test('creates a webhook endpoint whose secret is shown once', async () => {
  assert.equal(endpoint.object, 'webhook_endpoint');
  assert.match(endpoint.id, /^we_/);
  assert.match(endpoint.secret, /^whsec_/);
  assert.deepEqual(endpoint.enabled_events, ['*']);
  assert.equal(endpoint.url, receiver.url);
  const read = await stripe.webhookEndpoints.retrieve(endpoint.id);
  assert.equal(read.url, receiver.url);
  assert.ok(!read.secret, 'the secret is shown only when the endpoint is created');
  const listed = await stripe.webhookEndpoints.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
  assert.ok(listed.some((each) => each.id === endpoint.id));
});

test('delivers every event of an intent signed, in order, verified by constructEvent', async () => {
  const intent = await capturedIntent(2500);
  const deliveries = await eventually(() => {
    const about = receiver.about(intent.id);
    return about.length >= 3 && about;
  }, WAIT);
  assert.deepEqual(deliveries.map(({ event }) => event.type),
    ['payment_intent.created', 'payment_intent.amount_capturable_updated', 'payment_intent.succeeded']);
  assert.deepEqual(deliveries.map(({ event }) => event.data.object.status),
    ['requires_payment_method', 'requires_capture', 'succeeded']);
  for (const { event } of deliveries) {
    assert.match(event.id, /^evt_/);
    assert.equal(event.object, 'event');
    assert.equal(event.livemode, false);
    assert.match(event.request.id, /^req_/);
  }
  assert.deepEqual(receiver.rejected, []);

  const { payload, signature } = deliveries[0];
  assert.throws(() => Stripe.webhooks.constructEvent(payload, signature, 'whsec_notTheEndpointsSecret'),
    Stripe.errors.StripeSignatureVerificationError);
  const tampered = Buffer.from(payload.toString().replace('"amount":2500', '"amount":1'));
  assert.throws(() => Stripe.webhooks.constructEvent(tampered, signature, endpoint.secret),
    Stripe.errors.StripeSignatureVerificationError);
});

test('lists events newest first, filters them by type and auto-pages', async () => {
  const since = Math.floor(Date.now() / 1000) - 1;
  const intent = await capturedIntent(900);
  const mine = aboutIntent(intent.id);
  const listed = await eventually(async () => {
    const page = await stripe.events.list({ limit: 100, created: { gte: since } });
    const about = page.data.filter(mine);
    return about.length === 3 && about;
  }, WAIT);
  assert.deepEqual(listed.map((event) => event.type),
    ['payment_intent.succeeded', 'payment_intent.amount_capturable_updated', 'payment_intent.created']);

  const walked = [];
  for await (const event of stripe.events.list({ limit: 2, created: { gte: since } })) {
    walked.push(event);
  }
  assert.deepEqual(walked.filter(mine).map((event) => event.id), listed.map((event) => event.id));
  assert.equal(new Set(walked.map((event) => event.id)).size, walked.length, 'an event came twice');
  const created = walked.map((event) => event.created);
  assert.deepEqual(created, [...created].sort((a, b) => b - a));

  const succeeded = await stripe.events.list({ type: 'payment_intent.succeeded', created: { gte: since } })
    .autoPagingToArray({ limit: 1000 });
  assert.ok(succeeded.every((event) => event.type === 'payment_intent.succeeded'));
  assert.deepEqual(succeeded.filter(mine).map((event) => event.id), [listed[0].id]);
  const wildcard = await stripe.events.list({ type: 'payment_intent.*', created: { gte: since } })
    .autoPagingToArray({ limit: 1000 });
  assert.equal(wildcard.filter(mine).length, 3);
  const some = await stripe.events.list({
    types: ['payment_intent.created', 'payment_intent.canceled'], created: { gte: since },
  }).autoPagingToArray({ limit: 1000 });
  assert.deepEqual(some.filter(mine).map((event) => event.type), ['payment_intent.created']);
});

test('retrieves an event with its previous attributes; another account cannot', async () => {
  const intent = await capturedIntent(700);
  const [succeeded] = await eventually(async () => {
    const page = await stripe.events.list({ type: 'payment_intent.succeeded', limit: 100 });
    const about = page.data.filter(aboutIntent(intent.id));
    return about.length === 1 && about;
  }, WAIT);
  const read = await stripe.events.retrieve(succeeded.id);
  assert.equal(read.id, succeeded.id);
  assert.equal(read.data.object.status, 'succeeded');
  assert.equal(read.data.previous_attributes.status, 'requires_capture');
  await assert.rejects(other.events.retrieve(succeeded.id), (error) => {
    assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, error.message);
    assert.equal(error.statusCode, 404);
    return true;
  });
  await assert.rejects(other.webhookEndpoints.retrieve(endpoint.id), (error) => {
    assert.equal(error.statusCode, 404);
    return true;
  });
  const theirs = await other.events.list({ limit: 100 });
  assert.ok(!theirs.data.some((event) => event.id === succeeded.id));
});

test('a refund is listed as refund.created and delivered signed as charge.refunded', async () => {
  const intent = await stripe.paymentIntents.create({
    amount: 1200, currency: 'usd', payment_method: 'pm_card_visa', confirm: true,
  });
  const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 200 });

  const [created] = await eventually(async () => {
    const page = await stripe.events.list({ type: 'refund.created', limit: 100 });
    const about = page.data.filter((event) => event.data.object.id === refund.id);
    return about.length === 1 && about;
  }, WAIT);
  assert.equal(created.data.object.object, 'refund');
  assert.equal(created.data.object.amount, 200);
  const [delivered] = await eventually(() => {
    const about = receiver.about(intent.latest_charge).filter(({ event }) => event.type === 'charge.refunded');
    return about.length === 1 && about;
  }, WAIT);
  assert.equal(delivered.event.data.object.object, 'charge');
  assert.equal(delivered.event.data.object.amount_refunded, 200);
  assert.equal(delivered.event.data.previous_attributes.amount_refunded, 0);
  assert.deepEqual(receiver.rejected, []);
});
