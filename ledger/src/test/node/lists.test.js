// stripe-node's auto-pagination walks our lists and search results newest first, each intent once.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { stripe } from './ledger.js';

const INTENTS = 23;
// The account may be shared with other suites running at the same time: a batch tag and a created window
// pick out this file's intents, and every assertion is about them.
const batch = `paging-${randomUUID()}`;
const createdNewestFirst = [];
let since;

const ours = (intents) => intents.map((intent) => intent.id).filter((id) => createdNewestFirst.includes(id));

before(async () => {
  since = Math.floor(Date.now() / 1000) - 1;
  for (let i = 0; i < INTENTS; i += 1) {
    const intent = await stripe.paymentIntents.create({
      amount: 1000 + i, currency: 'usd', metadata: { batch },
    });
    createdNewestFirst.unshift(intent.id);
  }
});

test('a page says there is more, and for await walks the whole list newest first', async () => {
  const firstPage = await stripe.paymentIntents.list({ limit: 5, created: { gte: since } });
  assert.equal(firstPage.object, 'list');
  assert.equal(firstPage.data.length, 5);
  assert.equal(firstPage.has_more, true);
  assert.equal(firstPage.url, '/v1/payment_intents');

  const walked = [];
  for await (const intent of stripe.paymentIntents.list({ limit: 5, created: { gte: since } })) {
    walked.push(intent);
  }
  assert.deepEqual(ours(walked), createdNewestFirst);
  assert.equal(new Set(walked.map((intent) => intent.id)).size, walked.length, 'an intent came twice');
});

test('autoPagingToArray gathers the same list', async () => {
  const all = await stripe.paymentIntents.list({ limit: 4, created: { gte: since } })
    .autoPagingToArray({ limit: 10_000 });
  assert.deepEqual(ours(all), createdNewestFirst);
});

test('ending_before pages backwards to the intents just newer than the cursor', async () => {
  const all = (await stripe.paymentIntents.list({ limit: 100, created: { gte: since } })
    .autoPagingToArray({ limit: 10_000 })).map((intent) => intent.id);
  const cursor = all.indexOf(createdNewestFirst[5]);
  const newer = await stripe.paymentIntents.list({ limit: 3, ending_before: createdNewestFirst[5] });
  assert.deepEqual(newer.data.map((intent) => intent.id), all.slice(cursor - 3, cursor));
});

test('auto-pages search results', async () => {
  const found = await stripe.paymentIntents.search({
    query: `metadata['batch']:'${batch}' AND amount>=1010`, limit: 4,
  }).autoPagingToArray({ limit: 10_000 });
  assert.deepEqual(found.map((intent) => intent.id), createdNewestFirst.slice(0, INTENTS - 10));

  const firstPage = await stripe.paymentIntents.search({ query: `metadata['batch']:'${batch}'`, limit: 4 });
  assert.equal(firstPage.object, 'search_result');
  assert.equal(firstPage.has_more, true);
  assert.equal(typeof firstPage.next_page, 'string');
});
