import { z } from 'zod';

/**
 * The marketplace feed (SPEC section 2). Unknown fields are kept (loose objects) and ignored.
 * One schema per file kind; `generate` writes these shapes and `import` reads them.
 */

export const SellerId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'letters, digits and _ . : - only');

export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as CN or US');

export const Timestamp = z.iso.datetime({ offset: true });
export const CalendarDate = z.iso.date();

/**
 * These schemas describe a line *after* `cleanFeedLine` (feed.clean.ts) normalised it: every
 * entry point reads lines through that function, never through these schemas alone. Only the
 * fields a line cannot be used without are required; see docs/feed.md.
 */
export const Address = z.looseObject({
  line1: z.string().optional(),
  line2: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postal_code: z.string().optional(),
  country: CountryCode.optional(),
});
export type Address = z.infer<typeof Address>;

export const SELLER_STATUSES = ['active', 'suspended', 'deactivated'] as const;
export const ENTITY_TYPES = ['business', 'individual'] as const;
export const ID_TYPES = ['passport', 'national_id', 'driving_licence'] as const;

export const SellerRecord = z.looseObject({
  seller_id: SellerId,
  created_at: Timestamp.optional(),
  status: z.enum(SELLER_STATUSES).optional(),
  /** Inferred when the feed leaves it out (a data-quality note says so). */
  entity_type: z.enum(ENTITY_TYPES),
  business: z
    .looseObject({
      legal_name: z.string().optional(),
      registration_number: z.string().optional(),
      country: CountryCode.optional(),
      address: Address.optional(),
    })
    .optional(),
  /** The registered address of an individual seller (a business's is `business.address`). */
  address: Address.optional(),
  legal_rep: z
    .looseObject({
      full_name: z.string().optional(),
      date_of_birth: CalendarDate.optional(),
      nationality: CountryCode.optional(),
      id_type: z.enum(ID_TYPES).optional(),
      id_number: z.string().optional(),
    })
    // Always an object, possibly empty: readers ask for its fields, not whether it exists.
    .default(() => ({})),
  contact: z.looseObject({ email: z.string().optional(), phone: z.string().optional() }).optional(),
  bank: z
    .looseObject({
      holder_name: z.string().optional(),
      account_number: z.string().optional(),
      country: CountryCode.optional(),
    })
    .optional(),
  store: z.looseObject({ name: z.string().optional(), marketplace: z.string().optional() }).optional(),
});
export type SellerRecord = z.infer<typeof SellerRecord>;

const eventBase = { seller_id: SellerId, at: Timestamp, event_id: z.string().min(1).max(128).optional() };

export const EVENT_TYPES = [
  'login',
  'shipment',
  'payout',
  'card_added',
  'identity_check',
  'profile_change',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_SCHEMAS = {
  login: z.looseObject({
    ...eventBase,
    type: z.literal('login'),
    ip: z.string().optional(),
    ip_country: CountryCode.optional(),
    device_id: z.string().optional(),
  }),
  shipment: z.looseObject({
    ...eventBase,
    type: z.literal('shipment'),
    ship_from: z
      .looseObject({
        type: z.enum(['seller', 'marketplace_fulfillment']).optional(),
        country: CountryCode.optional(),
        address: z.union([z.string(), Address]).optional(),
      })
      .optional(),
  }),
  payout: z.looseObject({
    ...eventBase,
    type: z.literal('payout'),
    bank_account_number: z.string().optional(),
    bank_country: CountryCode.optional(),
  }),
  card_added: z.looseObject({
    ...eventBase,
    type: z.literal('card_added'),
    card_fingerprint: z.string().optional(),
  }),
  identity_check: z.looseObject({
    ...eventBase,
    type: z.literal('identity_check'),
    result: z.enum(['passed', 'failed', 'incomplete']).optional(),
    reason: z.string().optional(),
  }),
  profile_change: z.looseObject({
    ...eventBase,
    type: z.literal('profile_change'),
    field: z.string().optional(),
    old: z.unknown().optional(),
    new: z.unknown().optional(),
  }),
} as const;

export const EventRecord = z.discriminatedUnion('type', [
  EVENT_SCHEMAS.login,
  EVENT_SCHEMAS.shipment,
  EVENT_SCHEMAS.payout,
  EVENT_SCHEMAS.card_added,
  EVENT_SCHEMAS.identity_check,
  EVENT_SCHEMAS.profile_change,
]);
export type EventRecord = z.infer<typeof EventRecord>;

/** Column limits: `orders` is a bigint, `revenue` a numeric(20,2); real figures stay far below. */
export const MAX_DAILY_ORDERS = 1e12;
export const MAX_DAILY_REVENUE = 1e15;

/** One row of `sales.csv`: `seller_id,date,orders,revenue`. A day with no sales may be absent. */
export const SalesRecord = z.object({
  seller_id: SellerId,
  date: CalendarDate,
  orders: z.number().int().nonnegative().max(MAX_DAILY_ORDERS).optional(),
  revenue: z.number().finite().nonnegative().max(MAX_DAILY_REVENUE).optional(),
});
export type SalesRecord = z.infer<typeof SalesRecord>;
export const SALES_COLUMNS = ['seller_id', 'date', 'orders', 'revenue'] as const;

export const DOCUMENT_TYPES = [
  'business_license',
  'government_id',
  'utility_bill',
  'bank_statement',
  'credit_card_statement',
  'supplier_invoice',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DocumentRecord = z.looseObject({
  seller_id: SellerId,
  document_id: z.string().min(1).max(128).optional(),
  type: z.enum(DOCUMENT_TYPES),
  status: z.enum(['accepted', 'rejected', 'pending']),
  issued_on: CalendarDate.nullish(),
  expires_on: CalendarDate.nullish(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const FEED_KINDS = ['sellers', 'events', 'sales', 'documents'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];
