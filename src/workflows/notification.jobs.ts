import { z } from 'zod';
import { defineJob } from '../platform/jobs.js';

/**
 * One try of one webhook delivery. The handler records the try and schedules the next itself
 * (backoff with jitter for 24 hours), so the queue's own retries only cover a crash or a database
 * outage. Several run at once per process: a slow receiver holds one of them, for its timeout at most.
 */
export const webhookDeliveryDue = defineJob({
  name: 'webhook.deliver',
  payload: z.object({ delivery_id: z.uuid() }),
  retryLimit: 5,
  concurrency: 4,
});

/** One try of sending one email (the same retry rules as webhooks). */
export const emailDue = defineJob({
  name: 'email.send',
  payload: z.object({ email_id: z.uuid() }),
  retryLimit: 5,
  concurrency: 2,
});
