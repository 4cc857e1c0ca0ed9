// An account never sees nor touches another account's intents: they answer 404 as if they did not exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Stripe from 'stripe';
import { authorized, other, stripe } from './ledger.js';

const isMissing = (error) => {
  assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, error.message);
  assert.equal(error.statusCode, 404);
  assert.equal(error.code, 'resource_missing');
  return true;
};

test("another account's intent is missing for every operation", async () => {
  const mine = await authorized(2000);
  await assert.rejects(other.paymentIntents.retrieve(mine.id), isMissing);
  await assert.rejects(other.paymentIntents.update(mine.id, { description: 'mine' }), isMissing);
  await assert.rejects(other.paymentIntents.confirm(mine.id), isMissing);
  await assert.rejects(other.paymentIntents.capture(mine.id), isMissing);
  await assert.rejects(other.paymentIntents.cancel(mine.id), isMissing);
  assert.equal((await stripe.paymentIntents.retrieve(mine.id)).status, 'requires_capture');
});

test("lists and searches show only the caller's own intents", async () => {
  const mine = await authorized(2000, { owner: 'e2e-node-cross-account' });
  const theirs = await other.paymentIntents.list({ limit: 100, created: { gte: mine.created } })
    .autoPagingToArray({ limit: 10_000 });
  assert.ok(!theirs.some((intent) => intent.id === mine.id));
  const found = await other.paymentIntents.search({ query: "metadata['owner']:'e2e-node-cross-account'" });
  assert.deepEqual(found.data, []);
});
