// 3-D Secure: a card that needs authentication stops in requires_action until our test helper answers for the
// customer (Stripe's own client has no method for it, so it goes through stripe.rawRequest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripe, testHelper } from './ledger.js';

const RETURN_URL = 'https://merchant.example/return';

function needingAuthentication() {
  return stripe.paymentIntents.create({
    amount: 2000, currency: 'usd', payment_method: 'pm_card_authenticationRequired', confirm: true,
    return_url: RETURN_URL,
  });
}

test('a card that needs authentication requires action with a redirect', async () => {
  const pending = await needingAuthentication();
  assert.equal(pending.status, 'requires_action');
  assert.equal(pending.next_action.type, 'redirect_to_url');
  assert.equal(pending.next_action.redirect_to_url.return_url, RETURN_URL);
  assert.match(pending.next_action.redirect_to_url.url, /^https?:\/\//);
});

test('completes authentication through the test helper', async () => {
  const pending = await needingAuthentication();
  const authenticated = await testHelper(pending.id, 'authenticate', { outcome: 'succeed' });
  assert.equal(authenticated.id, pending.id);
  assert.equal(authenticated.status, 'succeeded');
  assert.equal(authenticated.amount_received, 2000);
  assert.equal((await stripe.paymentIntents.retrieve(pending.id)).status, 'succeeded');
});

test('a failed authentication asks for another payment method', async () => {
  const pending = await needingAuthentication();
  const intent = await testHelper(pending.id, 'authenticate', { outcome: 'fail' });
  assert.equal(intent.status, 'requires_payment_method');
  assert.equal(intent.last_payment_error.code, 'payment_intent_authentication_failure');
  const read = await stripe.paymentIntents.retrieve(pending.id);
  assert.equal(read.last_payment_error.code, 'payment_intent_authentication_failure');
});
