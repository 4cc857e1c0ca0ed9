// A merchant's webhook receiver on 127.0.0.1: verifies every request with stripe.webhooks.constructEvent and
// keeps the events it accepted, in arrival order.
import { createServer } from 'node:http';
import Stripe from 'stripe';

export async function startReceiver() {
  const accepted = [];
  const rejected = [];
  let secret;
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const payload = Buffer.concat(chunks);
      try {
        const event = Stripe.webhooks.constructEvent(payload, request.headers['stripe-signature'], secret);
        accepted.push({ event, payload, signature: request.headers['stripe-signature'] });
        response.writeHead(200).end();
      } catch (error) {
        rejected.push(error);
        response.writeHead(400).end();
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks`,
    useSecret(value) { secret = value; },
    /** The deliveries whose event is about this object, in arrival order. */
    about: (objectId) => accepted.filter(({ event }) => event.data.object.id === objectId),
    rejected,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
