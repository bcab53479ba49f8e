import { sql } from 'drizzle-orm';
import {
  bigint,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** A 64-bit transaction id (text in JavaScript): which transaction wrote a row. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/** The current profile of each seller; every earlier profile is in `seller_profile_versions`. */
export const sellers = pgTable(
  'sellers',
  {
    sellerId: text('seller_id').primaryKey(),
    /** Null when the feed did not say (the profile then reads as active). */
    status: text('status'),
    entityType: text('entity_type').notNull(),
    createdAt: tz('created_at'),
    profile: jsonb('profile').notNull(),
    profileVersion: integer('profile_version').notNull(),
    profileHash: text('profile_hash').notNull(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
    /** The profile's `store.marketplace`, upper-cased (kept by the database): the queue's filter. */
    market: text('market').generatedAlwaysAs(sql`upper(profile->'store'->>'marketplace')`),
    /** The registered country (the business's, else the address's), upper-cased: the queue's filter. */
    country: text('country').generatedAlwaysAs(
      sql`upper(coalesce(profile->'business'->>'country', profile->'address'->>'country'))`,
    ),
  },
  (t) => [
    index('sellers_status_idx').on(t.status),
    index('sellers_market_idx').on(t.market),
    index('sellers_country_idx').on(t.country),
  ],
);

export const sellerProfileVersions = pgTable(
  'seller_profile_versions',
  {
    sellerId: text('seller_id').notNull(),
    version: integer('version').notNull(),
    profile: jsonb('profile').notNull(),
    profileHash: text('profile_hash').notNull(),
    recordedAt: tz('recorded_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.version] })],
);

/** Activity events. `event_key` is the feed's `event_id` or a hash of the event: re-imports add nothing. */
export const sellerEvents = pgTable(
  'seller_events',
  {
    eventKey: text('event_key').primaryKey(),
    sellerId: text('seller_id').notNull(),
    at: tz('at').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    receivedAt: tz('received_at').notNull().defaultNow(),
    /**
     * The transaction that wrote the event: the high-water mark of a seller's summary is one
     * (every transaction before it has ended), so the live path reads only the events after it.
     */
    arrivedIn: xid8('arrived_in').notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index('seller_events_seller_at_idx').on(t.sellerId, t.at),
    index('seller_events_seller_arrival_idx').on(t.sellerId, t.arrivedIn),
  ],
);

export const salesDays = pgTable(
  'sales_days',
  {
    sellerId: text('seller_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    /** Null when the feed's figure was unusable (a data-quality note says why). */
    orders: bigint('orders', { mode: 'number' }),
    revenue: numeric('revenue', { precision: 20, scale: 2 }),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.day] })],
);

export const documentsOnFile = pgTable(
  'documents_on_file',
  {
    documentKey: text('document_key').primaryKey(),
    sellerId: text('seller_id').notNull(),
    type: text('type').notNull(),
    status: text('status').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }),
    expiresOn: date('expires_on', { mode: 'string' }),
    payload: jsonb('payload').notNull(),
    updatedAt: tz('updated_at').notNull().default(sql`now()`),
  },
  (t) => [index('documents_on_file_seller_idx').on(t.sellerId)],
);

/**
 * Data-quality notes: a value a feed line sent that could not be used (field, code, the raw value)
 * and where it came from. A seller's profile notes are replaced with each new profile version;
 * notes on other lines are kept once per line content (`note_key`), so re-sending adds nothing.
 */
export const dataQualityNotes = pgTable(
  'data_quality_notes',
  {
    noteKey: text('note_key').primaryKey(),
    sellerId: text('seller_id').notNull(),
    kind: text('kind').notNull(),
    field: text('field').notNull(),
    code: text('code').notNull(),
    raw: text('raw'),
    origin: text('origin').notNull(),
    line: integer('line'),
    recordedAt: tz('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('data_quality_notes_seller_idx').on(t.sellerId)],
);
