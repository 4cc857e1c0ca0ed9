// Customers and saved cards through the official Node client (docs/api.md §17).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { other, stripe } from './ledger.js';

test('a customer saves a card, pays off session with it and is deleted', async () => {
  const customer = await stripe.customers.create({ email: 'node@example.com', name: 'Node' });
  assert.equal(customer.object, 'customer');
  const card = await stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_visa' } });
  const attached = await stripe.paymentMethods.attach(card.id, { customer: customer.id });
  assert.equal(attached.customer, customer.id);
  const saved = await stripe.customers.listPaymentMethods(customer.id, { type: 'card' });
  assert.deepEqual(saved.data.map((pm) => pm.id), [card.id]);

  const paid = await stripe.paymentIntents.create({
    amount: 1500, currency: 'usd', customer: customer.id, payment_method: card.id, off_session: true,
    confirm: true, expand: ['customer'],
  });
  assert.equal(paid.status, 'succeeded');
  assert.equal(paid.customer.email, 'node@example.com');

  await assert.rejects(other.customers.retrieve(customer.id), (error) => error.statusCode === 404);
  const deleted = await stripe.customers.del(customer.id);
  assert.deepEqual(deleted, { id: customer.id, object: 'customer', deleted: true });
});
