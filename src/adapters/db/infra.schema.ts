import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** Responses to creating calls, kept per caller and `Idempotency-Key` so a retry replays them. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    principal: text('principal').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.principal, t.key] })],
);

/**
 * Sellers waiting for the live path's re-evaluation, once each however many events arrive
 * (docs/live-path.md). A worker claims a batch for a while (`claimed_until`); an event arriving
 * during the claim sets `requeued`, so the seller is re-evaluated once more after it.
 */
export const pendingReevaluation = pgTable(
  'pending_reevaluation',
  {
    sellerId: text('seller_id').primaryKey(),
    queuedAt: timestamp('queued_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    claimedUntil: timestamp('claimed_until', { withTimezone: true, mode: 'date' }),
    requeued: boolean('requeued').notNull().default(false),
  },
  (t) => [index('pending_reevaluation_queued_idx').on(t.queuedAt)],
);

/**
 * Counts kept as counters, in the transaction of the change (triggers on the counted tables,
 * migration `live_counter_triggers`): `cases:<status>` and `reevaluation:waiting`. Each
 * connection writes its own row of a count (`shard`: its backend pid, unique among the live
 * connections), so two writers never wait on, or deadlock over, a counter; a count is the sum of
 * its rows (one per backend pid that ever changed it).
 */
export const liveCounters = pgTable(
  'live_counters',
  {
    name: text('name').notNull(),
    shard: integer('shard').notNull(),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.name, t.shard] })],
);
