// The ledger under test and the two accounts the suite drives, from the environment, so that the same suite
// runs against the standalone ledger (StripeNodeEndToEndTest) or any deployment.
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Set ${name}: LEDGER_BASE_URL (e.g. http://localhost:8080), LEDGER_API_KEY and `
      + 'LEDGER_OTHER_API_KEY (keys of two different accounts).');
  }
  return value;
}

export const baseUrl = new URL(required('LEDGER_BASE_URL'));
export const apiKey = required('LEDGER_API_KEY');
export const otherApiKey = required('LEDGER_OTHER_API_KEY');

/** The official client, pointed at the ledger instead of api.stripe.com and otherwise left as shipped. */
export function client(key) {
  return new Stripe(key, {
    protocol: baseUrl.protocol.replace(':', ''),
    host: baseUrl.hostname,
    port: baseUrl.port || (baseUrl.protocol === 'https:' ? 443 : 80),
  });
}

export const stripe = client(apiKey);
export const other = client(otherApiKey);

export const uniqueKey = () => randomUUID();

/** A manual-capture intent authorized with the test Visa: requires_capture. */
export function authorized(amount, metadata = { test: 'e2e-node' }) {
  return stripe.paymentIntents.create({
    amount, currency: 'usd', capture_method: 'manual', payment_method: 'pm_card_visa', confirm: true, metadata,
  });
}

/** Our test-helper endpoints (stripe-node has no method for them): a raw POST through the client. */
export function testHelper(intentId, action, params = {}) {
  return stripe.rawRequest('POST', `/v1/test_helpers/payment_intents/${intentId}/${action}`, params);
}

/** Polls until check() returns a truthy value (read models and webhooks are eventually consistent). */
export async function eventually(check, { timeoutMs = 30_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Condition not met within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
